import { ISSUE_CATALOGUE } from './catalogue'
import type { Issue } from './issue'

/** The English message of a finding, built from its code's template and its parameters. */
export function formatIssue(issue: Pick<Issue, 'code' | 'params'>): string {
  const template = ISSUE_CATALOGUE[issue.code]?.message ?? issue.code
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => {
    const value = issue.params[key]
    return value === undefined ? slot : String(value)
  })
}
