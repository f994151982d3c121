import { useMemo } from 'react'
import { buildTopology, type TopologyGraph } from '../../../core'
import { projectIssues, useDeferredProject } from '../../state/derived'

/**
 * How long the project must stay unchanged before the diagram follows a run of edits. Each diagram update costs the
 * page's main thread (React Flow updates its store and redraws outside React's interruptible rendering): at 200 pods,
 * following every keystroke took most of the time between keys. A lone edit still shows at once.
 */
const SETTLE_MS = 300

/** The project as a graph with its issues marked: at once after an edit, or once typing pauses (see SETTLE_MS). */
export function useTopologyGraph(): TopologyGraph {
  const project = useDeferredProject(SETTLE_MS)
  return useMemo(() => buildTopology(project, projectIssues(project)), [project])
}
