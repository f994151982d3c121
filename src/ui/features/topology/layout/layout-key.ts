import type { TopologyGraph } from '../../../../core'
import { sizeOf } from './node-sizes'

/**
 * What the layout depends on, by position in the graph: each node's kind, parent and size, each edge's ends (a
 * workload's end by the row of its interface). Ids and names are left out, so typing a name, an address, or the name
 * of a bridge (whose node id is that name) reuses the cached placements and ELK does not run again.
 */
export function layoutKey(graph: TopologyGraph): string {
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]))
  const rows = new Map<string, Map<string, number>>()
  const nodes = graph.nodes.map((node) => {
    if (node.kind === 'workload') rows.set(node.id, new Map(node.interfaces.map((nic, row) => [nic.name, row])))
    const { width, height } = sizeOf(node)
    return `${node.kind}<${node.parentId === undefined ? '' : index.get(node.parentId) ?? '?'}>${width}x${height}`
  })
  const edges = graph.edges.map((edge) => {
    const row = edge.sourceHandle === undefined ? '' : rows.get(edge.source)?.get(edge.sourceHandle) ?? '?'
    return `${index.get(edge.source) ?? '?'}:${row}>${index.get(edge.target) ?? '?'}`
  })
  return `${nodes.join('|')}#${edges.join('|')}`
}
