import type { Issue } from '../../core'

/**
 * An issue's identity across revalidations (each run makes new objects): code, object, field and parameters, so the
 * issue picked on a diagram mark is found again in the issues list, and two findings of one code on one field differ.
 */
export function issueKey(issue: Issue): string {
  return JSON.stringify([issue.code, issue.target, issue.field, issue.params])
}
