import { buildPodInterfaces } from '../manifest/build-pod-interfaces'
import type { Project, Workload } from '../project/model'
import type { WorkloadFacts } from '../validation/project-index'
import {
  topologyEdgeIds, topologyIds, type MissingNetworkNode, type TopologyEdge, type TopologyInterface, type WorkloadNode,
} from './topology-graph'

/** The workloads with their interfaces, the NADs they name that the design lacks, and the interfaces' edges. */
export interface WorkloadPart {
  workloads: WorkloadNode[]
  missing: MissingNetworkNode[]
  /** Per workload: its eth0 edge, then one edge per attachment in annotation order. */
  edges: TopologyEdge[]
  /** Per workload id, its attachment edges in annotation order. */
  attachmentEdges: Map<string, TopologyEdge[]>
}

function replicasOf(workload: Workload): number | undefined {
  if (workload.kind === 'DaemonSet') return undefined
  if (workload.kind === 'Pod') return 1
  return workload.replicas ?? 1
}

/**
 * Each workload with eth0 (to the cluster network) and one interface per attachment, addressed as the Pod outputs
 * address them; an attachment's edge goes to its NAD, or to one missing-network node per absent namespace/name.
 */
export function buildWorkloadNodes(project: Project, workloads: readonly WorkloadFacts[]): WorkloadPart {
  const missing = new Map<string, MissingNetworkNode>()
  const part: WorkloadPart = { workloads: [], missing: [], edges: [], attachmentEdges: new Map() }
  for (const { workload, uses } of workloads) {
    const id = topologyIds.workload(workload.id)
    const podInterfaces = buildPodInterfaces(workload, project)
    const interfaces: TopologyInterface[] = []
    const edges: TopologyEdge[] = []
    podInterfaces.forEach((pod, position) => {
      // Resolved by the rules' index, so a reference resolves here exactly as the rules resolve it.
      const use = position === 0 ? undefined : uses[position - 1]
      let target: string = topologyIds.clusterNetwork
      if (use?.network) target = topologyIds.network(use.network.network.id)
      else if (use) {
        target = topologyIds.missingNetwork(use.namespace, use.attachment.network)
        if (!missing.has(target)) {
          missing.set(target, { kind: 'missing-network', id: target, name: use.attachment.network, namespace: use.namespace, marks: [] })
        }
      }
      const entry: TopologyInterface = { name: pod.interface, addresses: pod.ips, target, marks: [] }
      if (use) {
        entry.attachmentIndex = use.index
        edges.push({
          id: topologyEdgeIds.attachment(workload.id, use.index), kind: 'attachment', source: id, sourceHandle: pod.interface, target,
          workloadId: workload.id, attachmentIndex: use.index, marks: [],
        })
      }
      interfaces.push(entry)
    })
    part.edges.push({ id: topologyEdgeIds.eth0(workload.id), kind: 'eth0', source: id, sourceHandle: 'eth0', target: topologyIds.clusterNetwork, marks: [] }, ...edges)
    part.attachmentEdges.set(workload.id, edges)
    const node: WorkloadNode = {
      kind: 'workload', id, workloadId: workload.id, workloadKind: workload.kind, name: workload.name, namespace: workload.namespace, interfaces, marks: [],
    }
    const replicas = replicasOf(workload)
    if (replicas !== undefined) node.replicas = replicas
    part.workloads.push(node)
  }
  part.missing = [...missing.values()]
  return part
}
