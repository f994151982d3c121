import type { NetworkFacts } from '../validation/project-index'
import type { NetworkNode } from './topology-graph'
import { TOPOLOGY_ISSUES } from './topology-issues'

// This warning already says that pods cannot reach the node through the master.
const SAYS_NO_HOST_REACH = 'master.is-primary-nic'

/**
 * Adds `topology.no-host-reach` to a macvlan/ipvlan network whose link sits on a node NIC: the kernel does not pass
 * traffic between such a link and its master. Skipped where an issue on the network already says so, and with
 * linkInContainer (the master is then inside the pod, not on the node).
 */
export function markHostReach(node: NetworkNode, facts: NetworkFacts): void {
  const plugin = facts.config?.type
  if (facts.master === undefined || (plugin !== 'macvlan' && plugin !== 'ipvlan')) return
  if (node.marks.some((mark) => mark.code === SAYS_NO_HOST_REACH)) return
  const { severity } = TOPOLOGY_ISSUES['topology.no-host-reach']
  node.marks.push({ code: 'topology.no-host-reach', severity, params: { plugin, master: facts.master } })
}
