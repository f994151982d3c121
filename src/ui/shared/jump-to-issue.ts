import type { TFunction } from 'i18next'
import type { Issue, Project } from '../../core'
import type { DesignerActions } from '../state/designer-actions'

/** Go where an issue points: its object's field, its node NIC, or (project-wide notes) an explanation. */
export function jumpToIssue(issue: Issue, actions: Pick<DesignerActions, 'focusField' | 'focusNic'>, explain: (issue: Issue) => void) {
  const { target } = issue
  if (target.kind === 'network' || target.kind === 'workload') actions.focusField({ kind: target.kind, id: target.id }, issue.field)
  else if (target.kind === 'hostNic') actions.focusNic(target.name, issue.field)
  else explain(issue)
}

/** Where an issue is, for a list of issues: `lan-a › config.master`, `NIC eth1 › mtu`, or the whole project. */
export function issuePlace(project: Project, issue: Issue, t: TFunction): string {
  const { target } = issue
  let where: string
  if (target.kind === 'network') where = project.networks.find((n) => n.id === target.id)?.name ?? '?'
  else if (target.kind === 'workload') where = project.workloads.find((w) => w.id === target.id)?.name ?? '?'
  else if (target.kind === 'hostNic') where = t('issuesPanel.nic', { name: target.name })
  else where = t('issuesPanel.wholeProject')
  return [where, issue.field].filter((part) => part !== '').join(' › ')
}

/** Whether a click on the issue can go somewhere (an object's field or a node NIC), rather than only explain it. */
export function hasIssuePlace(issue: Issue): boolean {
  return issue.target.kind === 'network' || issue.target.kind === 'workload' || issue.target.kind === 'hostNic'
}
