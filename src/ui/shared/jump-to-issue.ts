import type { TFunction } from 'i18next'
import type { Issue, Project } from '../../core'
import type { DesignerActions } from '../state/designer-actions'

/** Go where an issue points: its object's field, its node NIC, or (project-wide notes) an explanation. */
export function jumpToIssue(issue: Issue, actions: Pick<DesignerActions, 'focusField' | 'focusNic' | 'select'>, explain: (issue: Issue) => void) {
  const { target } = issue
  if (target.kind === 'network' || target.kind === 'workload') actions.focusField({ kind: target.kind, id: target.id }, issue.field)
  else if (target.kind === 'hostNic') actions.focusNic(target.name, issue.field)
  else if (target.kind === 'passThrough') actions.select({ kind: 'passThrough', index: target.index })
  else explain(issue)
}

/** Where an issue is, for a list of issues: `lan-a › config.master`, `NIC eth1 › mtu`, or the whole project. */
export function issuePlace(project: Project, issue: Issue, t: TFunction): string {
  const { target } = issue
  let where: string
  if (target.kind === 'network') where = project.networks.find((n) => n.id === target.id)?.name ?? '?'
  else if (target.kind === 'workload') where = project.workloads.find((w) => w.id === target.id)?.name ?? '?'
  else if (target.kind === 'hostNic') where = t('issuesPanel.nic', { name: target.name })
  else if (target.kind === 'passThrough') where = keptPlace(project, target.index, t)
  else where = t('issuesPanel.wholeProject')
  return [where, issue.field].filter((part) => part !== '').join(' › ')
}

function keptPlace(project: Project, index: number, t: TFunction): string {
  const object = project.passThrough[index]
  if (!object) return '?'
  return t('issuesPanel.kept', { kind: object.kind, name: object.namespace === undefined ? object.name : `${object.namespace}/${object.name}` })
}

/** Whether a click on the issue can go somewhere (an object's field, a node NIC, a kept object), rather than only explain it. */
export function hasIssuePlace(issue: Issue): boolean {
  return ['network', 'workload', 'hostNic', 'passThrough'].includes(issue.target.kind)
}
