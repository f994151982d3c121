import type { ElkNode } from 'elkjs/lib/elk-api'
import type { TopologyGraph } from '../../../../core'
import { layoutKey } from './layout-key'
import { toElkGraph } from './to-elk-graph'
import { placementsOf, type Placements } from './to-flow-elements'

export type RunLayout = (graph: ElkNode) => Promise<ElkNode>

/**
 * Placements of a topology, computed by `runLayout` once per structure (see layoutKey) and kept for the last
 * `capacity` structures, so undo or toggling an attachment back finds its layout again.
 */
export function createLayoutCache(runLayout: RunLayout, capacity = 16) {
  const cache = new Map<string, Promise<Placements>>()
  return {
    placements(graph: TopologyGraph): Promise<Placements> {
      const key = layoutKey(graph)
      const cached = cache.get(key)
      if (cached) {
        // most recently used last
        cache.delete(key)
        cache.set(key, cached)
        return cached
      }
      const pending = runLayout(toElkGraph(graph)).then(placementsOf)
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
