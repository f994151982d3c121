import type { IssueParams, Severity } from '../validation/issue'
import { MANIFEST_ISSUES } from './manifest-issues'

/** A finding about the networks annotation; `field` is relative to the workload (`attachments.0.mac`). */
export interface AnnotationIssue {
  code: keyof typeof MANIFEST_ISSUES
  severity: Severity
  field: string
  params: IssueParams
}

/** Builds an annotation issue with the catalogue's default severity. */
export function annotationIssue(code: keyof typeof MANIFEST_ISSUES, field: string, params: IssueParams = {}): AnnotationIssue {
  return { code, severity: MANIFEST_ISSUES[code].severity, field, params }
}
