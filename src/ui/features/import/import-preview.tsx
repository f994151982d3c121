import { Alert, List, ListItem, ListItemText, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../../core'
import { IssueRows } from '../../shared/issue-rows'
import type { ImportSummary } from './read-import'

function where(file: string | undefined, line: number | undefined): string {
  return [file, line].filter((part) => part !== undefined).join(':')
}

/** What the import understood — objects with their file and line — and every problem, before anything changes. */
export function ImportPreview({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation()
  const located = new Map<Issue, string>(summary.findings.map((finding) => [finding.issue, where(finding.file, finding.line)]))
  const networks = summary.objects.filter((object) => object.kind === 'network')
  const workloads = summary.objects.filter((object) => object.kind === 'workload')
  const attachments = workloads.reduce((sum, workload) => sum + workload.attachments, 0)
  const errors = summary.findings.filter((finding) => finding.issue.severity === 'error').length
  return (
    <Stack spacing={1.5} component="section" aria-label={t('import.preview')}>
      <Typography variant="h3" component="h3">
        {t('import.found', {
          networks: t('import.networkCount', { count: networks.length }),
          workloads: t('import.workloadCount', { count: workloads.length }),
          attachments: t('import.attachmentCount', { count: attachments }),
        })}
      </Typography>
      {summary.objects.length === 0 && <Alert severity="warning">{t('import.nothing')}</Alert>}
      {summary.objects.length > 0 && (
        <List dense disablePadding aria-label={t('import.objects')} sx={{ maxHeight: 220, overflow: 'auto' }}>
          {summary.objects.map((object) => (
            <ListItem key={object.id} disableGutters>
              <ListItemText primary={object.label}
                secondary={[where(object.file, object.line), object.kind === 'workload' ? t('import.attachmentCount', { count: object.attachments }) : '']
                  .filter(Boolean).join(' · ')}
                slotProps={{ primary: { variant: 'body2', sx: { fontFamily: 'monospace' } }, secondary: { variant: 'caption' } }} />
            </ListItem>
          ))}
        </List>
      )}
      {errors > 0 && <Alert severity="error">{t('import.hasErrors', { count: errors })}</Alert>}
      {summary.findings.length > 0 && (
        <Stack spacing={0.5} aria-label={t('import.problems')} component="section">
          <Typography variant="subtitle2" component="h4">{t('import.problemCount', { count: summary.findings.length })}</Typography>
          <IssueRows dense issues={summary.findings.map((finding) => finding.issue)} locate={(issue) => located.get(issue) ?? ''} />
        </Stack>
      )}
    </Stack>
  )
}
