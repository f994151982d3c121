import { useMemo } from 'react'
import { passThroughBundleIssues, type Issue, type PassThroughObject, type Project } from '../../../core'
import { useDeferredProject } from '../../state/derived'

const cache = new WeakMap<Project, Issue[]>()

// What blocks the bundle about a kept object depends on all its files (a repeated kind/namespace/name): computed once
// per project value from the objects' identities alone, no YAML written (this runs after every edit).
function keptObjectIssues(project: Project): Issue[] {
  let issues = cache.get(project)
  if (!issues) {
    issues = passThroughBundleIssues(project)
    cache.set(project, issues)
  }
  return issues
}

/** The bundle's findings about kept objects, a moment after each change. */
export function useKeptObjectIssues(): Issue[] {
  const project = useDeferredProject()
  return useMemo(() => keptObjectIssues(project), [project])
}

/** `namespace/name`, or the name alone when no namespace is written. */
export function keptObjectName(object: PassThroughObject): string {
  return object.namespace === undefined ? object.name : `${object.namespace}/${object.name}`
}
