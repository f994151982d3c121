import type { IssueCatalogue } from '../validation/issue'

/** Facts of the topology itself that the diagram marks (not findings of a rule): code → severity and English message. */
export const TOPOLOGY_ISSUES = {
  // The kernel does not pass traffic between a macvlan/ipvlan link and its master (cni-reference R-MASTER-PRIMARY,
  // MicroShift 4.17 "multiple networks": an ipvlan interface cannot reach the host).
  'topology.no-host-reach': {
    severity: 'info',
    message: 'Pods cannot reach the node over this {plugin} network: the kernel keeps {plugin} links apart from their master `{master}`, so traffic between a pod and the node\'s own addresses does not pass. To reach the node, use eth0 or a bridge network with isGateway.',
  },
} satisfies IssueCatalogue

/** A code of the topology's own marks. */
export type TopologyCode = keyof typeof TOPOLOGY_ISSUES
