import type { Issue } from '../../../core'
import type { DesignerActions } from '../../state/designer-actions'

/** Go where an issue points: its object's field, its node NIC, or (project-wide notes) an explanation. */
export function jumpToIssue(issue: Issue, actions: Pick<DesignerActions, 'focusField' | 'focusNic'>, explain: (issue: Issue) => void) {
  const { target } = issue
  if (target.kind === 'network' || target.kind === 'workload') actions.focusField({ kind: target.kind, id: target.id }, issue.field)
  else if (target.kind === 'hostNic') actions.focusNic(target.name, issue.field)
  else explain(issue)
}
