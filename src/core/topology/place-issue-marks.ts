import type { Issue } from '../validation/issue'
import type { BridgeNode, NetworkNode, NicNode, TopologyEdge, TopologyMark, WorkloadNode } from './topology-graph'

/** The elements an issue can land on, each indexed once by what issue targets and params name. */
export interface MarkTargets {
  /** By network id. */
  networks: Map<string, NetworkNode>
  /** By network id. */
  uplinks: Map<string, TopologyEdge>
  /** By workload id. */
  workloads: Map<string, WorkloadNode>
  /** By workload id, in annotation order. */
  attachmentEdges: Map<string, TopologyEdge[]>
  /** By NIC name. */
  nics: Map<string, NicNode>
  /** By bridge name. */
  bridges: Map<string, BridgeNode>
}

// Fields of a NAD that say how it reaches its device; an issue on them concerns the uplink too.
const UPLINK_FIELDS = new Set(['config.master', 'config.bridge'])
const ATTACHMENT_FIELD = /^attachments\.(\d+)(?:\.|$)/

function markOf(issue: Issue): TopologyMark {
  return { code: issue.code, severity: issue.severity, params: issue.params, issue }
}

// Rules name the device a conflict is about in `master` / `bridge`; a bridge's VLAN sub-interface (`cni0.100`,
// where isGateway puts the address) belongs to its bridge.
function markNamedDevices(issue: Issue, mark: TopologyMark, targets: MarkTargets): void {
  const { master, bridge } = issue.params
  if (typeof master === 'string') (targets.nics.get(master) ?? targets.bridges.get(master))?.marks.push(mark)
  if (typeof bridge === 'string') (targets.bridges.get(bridge) ?? targets.bridges.get(bridge.replace(/\.\d+$/, '')))?.marks.push(mark)
}

function markWorkload(issue: Issue, id: string, mark: TopologyMark, targets: MarkTargets): void {
  const node = targets.workloads.get(id)
  if (!node) return
  const match = ATTACHMENT_FIELD.exec(issue.field)
  if (!match) {
    node.marks.push(mark)
    return
  }
  const index = Number(match[1])
  // interfaces[0] is eth0, so attachment N is interface N+1.
  node.interfaces[index + 1]?.marks.push(mark)
  targets.attachmentEdges.get(id)?.[index]?.marks.push(mark)
}

/**
 * Puts each issue on what it concerns: a network's on its node (and on its uplink for master/bridge fields), a
 * workload's on its node or, for `attachments.N.*`, on interface N+1 and its edge, a host NIC's on the NIC, and any
 * issue naming a `master` or `bridge` of the picture also on that device. Project-wide notes mark nothing.
 */
export function placeIssueMarks(issues: readonly Issue[], targets: MarkTargets): void {
  for (const issue of issues) {
    const mark = markOf(issue)
    const { target } = issue
    switch (target.kind) {
      case 'network':
        targets.networks.get(target.id)?.marks.push(mark)
        if (UPLINK_FIELDS.has(issue.field)) targets.uplinks.get(target.id)?.marks.push(mark)
        break
      case 'workload':
        markWorkload(issue, target.id, mark, targets)
        break
      case 'hostNic':
        targets.nics.get(target.name)?.marks.push(mark)
        continue
      case 'project':
      case 'document':
      case 'passThrough':
        break
    }
    markNamedDevices(issue, mark, targets)
  }
}
