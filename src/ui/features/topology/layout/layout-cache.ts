import type { ElkNode } from 'elkjs/lib/elk-api'
import type { TopologyGraph } from '../../../../core'
import { layoutKey } from './layout-key'
import { toElkGraph } from './to-elk-graph'
import { placementsOf, type Placement, type Placements } from './to-flow-elements'

export type RunLayout = (graph: ElkNode) => Promise<ElkNode>

/** A layout by position in the graph it was made for: the placement of its i-th node (see layoutKey). */
export type LaidOut = readonly (Placement | undefined)[]

/** The placements of the nodes `ids` (in graph order) in a layout made for a graph of the same shape, by id. */
export function placementsByPosition(ids: readonly string[], laidOut: LaidOut): Placements {
  const placements = new Map<string, Placement>()
  ids.forEach((id, i) => {
    const placement = laidOut[i]
    if (placement) placements.set(id, placement)
  })
  return placements
}

/**
 * Layouts of topologies, computed by `runLayout` once per shape (see layoutKey) and kept for the last `capacity`
 * shapes, so undo or toggling an attachment back finds its layout again.
 */
export function createLayoutCache(runLayout: RunLayout, capacity = 16) {
  const cache = new Map<string, Promise<LaidOut>>()
  return {
    layout(graph: TopologyGraph, key = layoutKey(graph)): Promise<LaidOut> {
      const cached = cache.get(key)
      if (cached) {
        // most recently used last
        cache.delete(key)
        cache.set(key, cached)
        return cached
      }
      const pending = runLayout(toElkGraph(graph)).then((result) => {
        const placements = placementsOf(result)
        return graph.nodes.map((node) => placements.get(node.id))
      })
      // a failed layout is not kept: the next edit tries again
      pending.catch(() => cache.delete(key))
      cache.set(key, pending)
      for (const oldest of cache.keys()) {
        if (cache.size <= capacity) break
        cache.delete(oldest)
      }
      return pending
    },
  }
}

export type LayoutCache = ReturnType<typeof createLayoutCache>
