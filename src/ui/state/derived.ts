import { useMemo } from 'react'
import { revalidateProject, type Issue, type Project, type ProjectValidation } from '../../core'
import type { DesignerState, Selection } from './designer-store'
import { useDeferredDesigner } from './store-context'

const issuesCache = new WeakMap<Project, Issue[]>()
// The latest validation: the next project (one keystroke later, or the wizard's draft among the same networks)
// revalidates only what its edit touched.
let latest: ProjectValidation | undefined

/** All issues of a project, computed once per project value. */
export function projectIssues(project: Project): Issue[] {
  let issues = issuesCache.get(project)
  if (!issues) {
    latest = revalidateProject(latest, project)
    issues = latest.issues
    issuesCache.set(project, issues)
  }
  return issues
}

const selectProject = (state: DesignerState) => state.project

/** Whether an issue is about the selected object. */
export function isIssueOf(issue: Issue, selection: Selection): boolean {
  const { target } = issue
  if (selection.kind === 'passThrough') return target.kind === 'passThrough' && target.index === selection.index
  return selection.kind !== 'none' && target.kind === selection.kind && target.id === selection.id
}

/** Issues of the whole project, a moment after each change (a transition: typing never renders their readers). */
export function useProjectIssues(): Issue[] {
  return projectIssues(useDeferredProject())
}

/** The project a moment after each change, for views derived from all of it (see useDeferredDesigner for `settleMs`). */
export function useDeferredProject(settleMs = 0): Project {
  return useDeferredDesigner(selectProject, settleMs)
}

/** Issues of one object, grouped by field path. */
export function useIssuesOf(target: Selection): Issue[] {
  const issues = useProjectIssues()
  return useMemo(() => issues.filter((issue) => isIssueOf(issue, target)), [issues, target])
}

/** Counts by severity. */
export function countBySeverity(issues: readonly Issue[]): Record<Issue['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 }
  for (const issue of issues) counts[issue.severity] += 1
  return counts
}
