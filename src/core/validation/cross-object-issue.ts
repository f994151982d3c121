import { MANIFEST_ISSUES } from '../manifest/manifest-issues'
import { CROSS_OBJECT_ISSUES, type CrossObjectCode } from './cross-object-issues'
import type { Issue, IssueParams, IssueTarget } from './issue'
import type { AttachmentUse, NetworkFacts } from './project-index'

/** A finding of this area, with the code's default severity. */
export function crossObjectIssue(code: CrossObjectCode, target: IssueTarget, field: string, params: IssueParams = {}): Issue {
  return { code, severity: CROSS_OBJECT_ISSUES[code].severity, target, field, params }
}

/** A finding about a network (the NAD to fix). */
export function networkIssue(code: CrossObjectCode, facts: NetworkFacts, field: string, params: IssueParams = {}): Issue {
  return crossObjectIssue(code, { kind: 'network', id: facts.network.id }, field, params)
}

/** A finding about one attachment of a workload; `field` is relative to the attachment (`interface`, `ips.0`, ...). */
export function attachmentIssue(code: CrossObjectCode, use: AttachmentUse, field: string, params: IssueParams = {}): Issue {
  const path = field ? `attachments.${use.index}.${field}` : `attachments.${use.index}`
  return crossObjectIssue(code, { kind: 'workload', id: use.workload.workload.id }, path, params)
}

/**
 * A syntax finding about an annotation value that import also reports (same code and field, so the CLI shows it
 * once); validateProject repeats it because the UI edits the model without re-importing.
 */
export function annotationValueIssue(code: keyof typeof MANIFEST_ISSUES, use: AttachmentUse, field: string, params: IssueParams): Issue {
  return { code, severity: MANIFEST_ISSUES[code].severity, target: { kind: 'workload', id: use.workload.workload.id }, field: `attachments.${use.index}.${field}`, params }
}

/** How a workload is named in messages: `Deployment apps/web`. */
export function describeWorkload(use: AttachmentUse): string {
  const { kind, namespace, name } = use.workload.workload
  return `${kind} ${namespace}/${name}`
}
