import { useMemo } from 'react'
import { buildTopology, type TopologyGraph } from '../../../core'
import { projectIssues, useDeferredProject } from '../../state/derived'

/** The project as a graph with its issues marked, a moment after each change (typing stays responsive). */
export function useTopologyGraph(): TopologyGraph {
  const project = useDeferredProject()
  return useMemo(() => buildTopology(project, projectIssues(project)), [project])
}
