import { startTransition, useEffect, useMemo, useState } from 'react'
import type { TopologyGraph } from '../../../core'
import { layoutInWorker } from './layout/elk-in-worker'
import { createLayoutCache, placementsByPosition, type LaidOut } from './layout/layout-cache'
import { layoutKey } from './layout/layout-key'
import type { Placements } from './layout/to-flow-elements'

const layouts = createLayoutCache(layoutInWorker)

export interface PlacementsState {
  placements?: Placements
  /** The layout in use: a new one only when the graph's shape changed (the canvas frames the design then). */
  layout?: LaidOut
  error?: string
}

/** The last layout the worker gave, for the shape it was made for and the node ids it was made with. */
interface Shown {
  key: string
  ids: readonly string[]
  laidOut: LaidOut
}

/**
 * The ELK placements of `graph`. A graph of the shape laid out last (a keystroke that renames or readdresses) is placed
 * at once, by position; a new shape keeps the last placements, by id, until the worker answers for it.
 */
export function usePlacements(graph: TopologyGraph): PlacementsState {
  const key = useMemo(() => layoutKey(graph), [graph])
  const [shown, setShown] = useState<Shown>()
  const [error, setError] = useState<string>()
  useEffect(() => {
    let current = true
    const ids = graph.nodes.map((node) => node.id)
    layouts.layout(graph, key).then(
      // a new layout redraws the whole diagram: a transition, so typing that goes on comes first
      (laidOut) => current && startTransition(() => {
        setError(undefined)
        setShown((last) => (last?.laidOut === laidOut ? last : { key, ids, laidOut }))
      }),
      (cause: unknown) => current && setError(cause instanceof Error ? cause.message : String(cause)),
    )
    return () => {
      current = false
    }
  }, [graph, key])
  const placements = useMemo(() => {
    if (!shown) return undefined
    // the same shape: this graph's nodes take the places by position (a renamed bridge keeps its place); else the
    // nodes the layout was made with keep theirs until the new one comes
    return placementsByPosition(shown.key === key ? graph.nodes.map((node) => node.id) : shown.ids, shown.laidOut)
  }, [graph, key, shown])
  return { placements, layout: shown?.laidOut, error }
}
