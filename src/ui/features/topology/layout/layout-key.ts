import type { TopologyGraph } from '../../../../core'
import { sizeOf } from './node-sizes'

/**
 * What the layout depends on: node ids, parents and sizes, edge ends. Typing a name or an address changes none of
 * it, so the cached placements are reused and ELK does not run again.
 */
export function layoutKey(graph: TopologyGraph): string {
  const nodes = graph.nodes.map((node) => {
    const { width, height } = sizeOf(node)
    return `${node.id}<${node.parentId ?? ''}>${width}x${height}`
  })
  const edges = graph.edges.map((edge) => `${edge.source}:${edge.sourceHandle ?? ''}>${edge.target}`)
  return `${nodes.join('|')}#${edges.join('|')}`
}
