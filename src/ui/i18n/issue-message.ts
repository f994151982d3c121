import type { TFunction } from 'i18next'
import { formatIssue, type Issue } from '../../core'

/** An issue's message in the UI language: Japanese from `issues.<code>`, English from the core's catalogue. */
export function issueMessage(issue: Pick<Issue, 'code' | 'params'>, t: TFunction, language: string): string {
  const key = `issues.${issue.code}`
  if (language.startsWith('ja') && t(key, { lng: 'ja', defaultValue: '' }) !== '') return t(key, { ...issue.params, lng: 'ja' })
  return formatIssue(issue)
}
