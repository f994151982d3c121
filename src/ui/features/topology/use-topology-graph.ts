import { useDeferredValue, useMemo } from 'react'
import { buildTopology, type TopologyGraph } from '../../../core'
import { projectIssues } from '../../state/derived'
import { useDesigner } from '../../state/store-context'

/** The project as a graph with its issues marked, a moment after each change (typing stays responsive). */
export function useTopologyGraph(): TopologyGraph {
  const project = useDeferredValue(useDesigner((s) => s.project))
  return useMemo(() => buildTopology(project, projectIssues(project)), [project])
}
