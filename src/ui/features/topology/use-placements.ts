import { useEffect, useState } from 'react'
import type { TopologyGraph } from '../../../core'
import { layoutInWorker } from './layout/elk-in-worker'
import { createLayoutCache } from './layout/layout-cache'
import type { Placements } from './layout/to-flow-elements'

const layouts = createLayoutCache(layoutInWorker)

export type PlacementsState = { placements?: Placements; error?: string }

/** The ELK placements of `graph`: the last ones until the worker answers for a new structure, then those. */
export function usePlacements(graph: TopologyGraph): PlacementsState {
  const [state, setState] = useState<PlacementsState>({})
  useEffect(() => {
    let current = true
    layouts.placements(graph).then(
      (placements) => current && setState((s) => (s.placements === placements && !s.error ? s : { placements })),
      (error: unknown) => current && setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) })),
    )
    return () => {
      current = false
    }
  }, [graph])
  return state
}
