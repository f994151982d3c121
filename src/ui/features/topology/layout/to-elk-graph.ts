import type { ElkExtendedEdge, ElkNode, ElkPort, LayoutOptions } from 'elkjs/lib/elk-api'
import type { TopologyGraph, TopologyNode } from '../../../../core'
import { interfaceRowCentre, NODE_SIZE, sizeOf } from './node-sizes'

/** Columns left to right: what runs, what it attaches to, what carries it on the host. */
const COLUMN = { workloads: 0, networks: 1, host: 2 } as const

function columnOf(node: TopologyNode): number {
  if (node.kind === 'workload') return COLUMN.workloads
  if (node.kind === 'host' || node.parentId !== undefined) return COLUMN.host
  return COLUMN.networks
}

const ROOT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // edges run from root-level networks into the host's NICs and bridges: lay out across the hierarchy at once
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.partitioning.activate': 'true',
  'elk.spacing.nodeNode': '24',
  'elk.layered.spacing.nodeNodeBetweenLayers': '96',
  // The partitions already fix the columns; network-simplex layering cost half the time of 200 pods x 3 attachments.
  'elk.layered.layering.strategy': 'LONGEST_PATH',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.thoroughness': '1',
  // React Flow draws its own curves, so ELK's routes are unused: the cheapest router will do (orthogonal cost a third).
  'elk.edgeRouting': 'POLYLINE',
  // every edge into a node ends on its one handle, as React Flow draws it (and 200 eth0 ports on the cluster network cost)
  'elk.layered.mergeEdges': 'true',
}
const HOST_OPTIONS: LayoutOptions = {
  'elk.padding': `[top=${NODE_SIZE.hostHeader},left=${NODE_SIZE.hostPadding},bottom=${NODE_SIZE.hostPadding},right=${NODE_SIZE.hostPadding}]`,
  'elk.spacing.nodeNode': '16',
  'elk.edgeRouting': 'POLYLINE',
}

/** The id of the ELK port of a workload's interface (the React Flow handle id is the bare interface name). */
export function interfacePortId(nodeId: string, interfaceName: string): string {
  return `${nodeId}::${interfaceName}`
}

function toElkNode(node: TopologyNode, children: ElkNode[]): ElkNode {
  const layoutOptions: LayoutOptions = { 'elk.partitioning.partition': String(columnOf(node)) }
  if (node.kind === 'host') return { id: node.id, children, layoutOptions: { ...layoutOptions, ...HOST_OPTIONS } }
  const size = sizeOf(node)
  if (node.kind !== 'workload') return { id: node.id, ...size, layoutOptions }
  // the ports sit on the card's right edge at the interface rows, in annotation order
  const ports: ElkPort[] = node.interfaces.map((nic, index) => ({
    id: interfacePortId(node.id, nic.name),
    x: size.width,
    y: interfaceRowCentre(index),
    width: 0,
    height: 0,
    layoutOptions: { 'elk.port.side': 'EAST' },
  }))
  return { id: node.id, ...size, ports, layoutOptions: { ...layoutOptions, 'elk.portConstraints': 'FIXED_POS' } }
}

/**
 * The topology as an ELK graph: the host holds its NICs and bridges, workloads | networks | host in three partitions,
 * every leaf with its fixed size, workload edges leaving from their interface's port.
 */
export function toElkGraph(graph: TopologyGraph): ElkNode {
  const roots: ElkNode[] = []
  const hosts = new Map<string, ElkNode[]>()
  for (const node of graph.nodes) if (node.kind === 'host') hosts.set(node.id, [])
  for (const node of graph.nodes) {
    if (node.kind === 'host') continue
    const elk = toElkNode(node, [])
    const parent = node.parentId === undefined ? undefined : hosts.get(node.parentId)
    if (parent) parent.push(elk)
    else roots.push(elk)
  }
  for (const node of graph.nodes) {
    if (node.kind !== 'host') continue
    const children = hosts.get(node.id) ?? []
    // an empty host frame would only take room
    if (children.length > 0) roots.push(toElkNode(node, children))
  }
  const known = new Set(graph.nodes.map((node) => node.id))
  const edges: ElkExtendedEdge[] = graph.edges
    .filter((edge) => known.has(edge.source) && known.has(edge.target))
    .map((edge) => ({
      id: edge.id,
      sources: [edge.sourceHandle === undefined ? edge.source : interfacePortId(edge.source, edge.sourceHandle)],
      targets: [edge.target],
    }))
  return { id: 'root', layoutOptions: ROOT_OPTIONS, children: roots, edges }
}
