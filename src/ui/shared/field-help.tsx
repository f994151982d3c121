import { memo } from 'react'
import { Box } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../core'
import { useIssueMessage } from './use-issue-message'

interface Props {
  help?: string
  /** The value the plugin uses when the key is left out, as text. */
  defaultText?: string
  issues: readonly Issue[]
  localError?: string
}

/** Helper text under a field: its problems first, then what it does and its default (kept while the user types). */
export const FieldHelp = memo(function FieldHelp({ help, defaultText, issues, localError }: Props) {
  const { t } = useTranslation()
  const message = useIssueMessage()
  return (
    <Box component="span" sx={{ display: 'flex', flexDirection: 'column', gap: 0.25 }}>
      {localError && <Box component="span" sx={{ color: 'error.main' }}>{localError}</Box>}
      {issues.map((issue, i) => (
        <Box component="span" key={`${issue.code}-${i}`}
          sx={{ color: issue.severity === 'error' ? 'error.main' : issue.severity === 'warning' ? 'warning.main' : 'info.main' }}>
          {t(`severity.${issue.severity}`)}: {message(issue)}
        </Box>
      ))}
      {help && <Box component="span" sx={{ color: 'text.secondary' }}>{help}</Box>}
      {defaultText !== undefined && (
        <Box component="span" sx={{ color: 'text.secondary' }}>{t('field.defaultIs', { value: defaultText })}</Box>
      )}
    </Box>
  )
})

/** "Friendly label (cniKey)": the key stays visible and in the accessible name. */
export function keyedLabel(label: string, cniKey: string): string {
  return `${label} (${cniKey})`
}

/** The strongest severity among issues, for the field's colour. */
export function worstSeverity(issues: readonly Issue[]): Issue['severity'] | undefined {
  if (issues.some((i) => i.severity === 'error')) return 'error'
  if (issues.some((i) => i.severity === 'warning')) return 'warning'
  return issues.length > 0 ? 'info' : undefined
}
