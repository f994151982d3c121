import { Alert, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../../core'
import { IssueRows } from '../../shared/issue-rows'
import { ImportObjectList, where } from './import-object-list'
import type { ImportSummary } from './read-import'

/**
 * What the import understood — modelled objects, objects kept as written for the bundle, input left out — each with
 * its file and line, and every problem, before anything changes.
 */
export function ImportPreview({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation()
  const located = new Map<Issue, string>(summary.findings.map((finding) => [finding.issue, where(finding.file, finding.line)]))
  const networks = summary.objects.filter((object) => object.kind === 'network')
  const workloads = summary.objects.filter((object) => object.kind === 'workload')
  const passedThrough = summary.objects.filter((object) => object.kind === 'pass-through')
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
      {networks.length + workloads.length > 0 && <ImportObjectList objects={[...networks, ...workloads]} label={t('import.objects')} />}
      {passedThrough.length > 0 && (
        <Stack spacing={0.5} component="section" aria-labelledby="import-kept-title">
          <Typography id="import-kept-title" variant="subtitle2" component="h4">{t('import.kept', { count: passedThrough.length })}</Typography>
          <Typography variant="caption" color="text.secondary">{t('import.keptHelp')}</Typography>
          <ImportObjectList objects={passedThrough} label={t('import.keptList')} />
        </Stack>
      )}
      {summary.leftOut.length > 0 && (
        <Alert severity="warning">
          {t('import.leftOut', { count: summary.leftOut.length, places: summary.leftOut.map((finding) => where(finding.file, finding.line)).join(', ') })}
        </Alert>
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
