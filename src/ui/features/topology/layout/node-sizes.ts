import type { TopologyNode } from '../../../../core'

/**
 * Node boxes in px, computed from content so ELK can lay out without measuring the DOM. The node components draw
 * with the same numbers, so the interface handles sit where ELK put the ports.
 */
export const NODE_SIZE = {
  width: { workload: 240, network: 220, nic: 240, bridge: 240, clusterNetwork: 220, missingNetwork: 220 },
  /** Title block of a card: name line + namespace/kind line. */
  header: 48,
  /** One interface row of a workload card (eth0, net1, ...), and the "add" row below them. */
  interfaceRow: 26,
  /** One detail line of a network, bridge, NIC or cluster-network card. */
  line: 20,
  padding: 8,
  /** The host frame's title strip and inner margins. */
  hostHeader: 36,
  hostPadding: 16,
} as const

export interface Size {
  width: number
  height: number
}

const card = (width: number, lines: number): Size => ({ width, height: NODE_SIZE.header + lines * NODE_SIZE.line + NODE_SIZE.padding })

/** How many detail lines each card kind shows; the components render exactly these. */
export function detailLineCount(node: TopologyNode): number {
  switch (node.kind) {
    case 'network':
      // plugin · mode · vlan, IPAM type, then one line per pool
      return 2 + node.ipam.pools.length
    case 'bridge':
      // VLANs/trunk, flags (isGateway, ipMasq, host reach), one line per gateway address
      return 2 + node.gatewayAddresses.length
    case 'nic':
      return 1
    case 'cluster-network':
      return Math.max(1, node.cidrs.length)
    case 'missing-network':
      return 1
    case 'workload':
    case 'host':
      return 0
  }
}

/** The fixed box of a leaf node; the host's box is what ELK makes of its children. */
export function sizeOf(node: TopologyNode): Size {
  const { width } = NODE_SIZE
  switch (node.kind) {
    case 'workload':
      return { width: width.workload, height: NODE_SIZE.header + (node.interfaces.length + 1) * NODE_SIZE.interfaceRow + NODE_SIZE.padding }
    case 'network':
      return card(width.network, detailLineCount(node))
    case 'bridge':
      return card(width.bridge, detailLineCount(node))
    case 'nic':
      return card(width.nic, detailLineCount(node))
    case 'cluster-network':
      return card(width.clusterNetwork, detailLineCount(node))
    case 'missing-network':
      return card(width.missingNetwork, detailLineCount(node))
    case 'host':
      return { width: 0, height: 0 }
  }
}

/** Vertical centre of interface row `index` inside a workload card (where its handle and ELK port sit). */
export function interfaceRowCentre(index: number): number {
  return NODE_SIZE.header + index * NODE_SIZE.interfaceRow + NODE_SIZE.interfaceRow / 2
}
