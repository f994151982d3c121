import type { IssueParams, Severity } from '../validation/issue'
import { CNI_ISSUES, type CniIssueCode } from './cni-issues'

/** A finding about a CNI config text; `offset`/`length` locate it in that text for line mapping. */
export interface ConfigIssue {
  code: string
  severity: Severity
  /** Dotted path in model terms, e.g. `config.ipam.ranges.0.0.rangeStart`. */
  field: string
  params: IssueParams
  offset?: number
  length?: number
}

/** Builds a ConfigIssue with the catalogue's severity. */
export function configIssue(
  code: CniIssueCode,
  field: string,
  params: IssueParams = {},
  at?: { offset: number; length: number },
): ConfigIssue {
  const issue: ConfigIssue = { code, severity: CNI_ISSUES[code].severity, field, params }
  if (at) {
    issue.offset = at.offset
    issue.length = at.length
  }
  return issue
}
