import type { Project } from '../project/model'
import type { Issue } from '../validation/issue'
import { buildProjectIndex, type NetworkFacts } from '../validation/project-index'
import { buildHostDevices } from './host-devices'
import { markHostReach } from './mark-host-reach'
import { buildNetworkNode } from './network-nodes'
import { placeIssueMarks } from './place-issue-marks'
import { topologyEdgeIds, topologyIds, type NetworkNode, type TopologyEdge, type TopologyGraph } from './topology-graph'
import { buildWorkloadNodes } from './workload-nodes'

/**
 * The design as a graph: the host with its NICs and bridges, the cluster network on the primary NIC (br-ex), each NAD
 * with its uplink, each workload with eth0 and net1..netN, and `issues` (from validateProject) marked on what they
 * concern. Nodes come host, NICs, bridges, cluster network, networks, missing networks, workloads, each kind in
 * project order. Pure and linear in the size of the project and of `issues`.
 */
export function buildTopology(project: Project, issues: readonly Issue[]): TopologyGraph {
  const index = buildProjectIndex(project)
  const devices = buildHostDevices(index)
  const networks = new Map<string, NetworkNode>()
  const networkFacts: [NetworkNode, NetworkFacts][] = []
  const uplinks = new Map<string, TopologyEdge>()
  for (const facts of index.networks) {
    const { id } = facts.network
    // Ids are unique in a project; should two NADs share one, the first keeps it, as the rules' lookups do.
    if (networks.has(id)) continue
    const device = devices.uplinkOf.get(id)
    const node = buildNetworkNode(facts, devices.hostReachable.has(id))
    networks.set(id, node)
    networkFacts.push([node, facts])
    if (device !== undefined) uplinks.set(id, { id: topologyEdgeIds.uplink(id), kind: 'uplink', source: node.id, target: device, marks: [] })
  }
  const workloads = buildWorkloadNodes(project, index.workloads)
  placeIssueMarks(issues, {
    networks,
    uplinks,
    workloads: new Map(workloads.workloads.map((node) => [node.workloadId, node])),
    attachmentEdges: workloads.attachmentEdges,
    nics: new Map(devices.nics.map((nic) => [nic.name, nic])),
    bridges: new Map(devices.bridges.map((bridge) => [bridge.name, bridge])),
  })
  for (const [node, facts] of networkFacts) markHostReach(node, facts)
  return {
    nodes: [
      { kind: 'host', id: topologyIds.host, marks: [] },
      ...devices.nics,
      ...devices.bridges,
      { kind: 'cluster-network', id: topologyIds.clusterNetwork, cidrs: [...project.platform.clusterNetwork], marks: [] },
      ...networks.values(),
      ...workloads.missing,
      ...workloads.workloads,
    ],
    edges: [
      { id: topologyEdgeIds.brEx, kind: 'br-ex', source: topologyIds.clusterNetwork, target: devices.primaryNic.id, marks: [] },
      ...uplinks.values(),
      ...workloads.edges,
    ],
  }
}
