import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../core'
import { issueMessage } from '../i18n/issue-message'

/** A function giving each issue's message in the current UI language. */
export function useIssueMessage(): (issue: Pick<Issue, 'code' | 'params'>) => string {
  const { t, i18n } = useTranslation()
  return useCallback((issue) => issueMessage(issue, t, i18n.language), [t, i18n.language])
}
