import { Alert, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Issue, NetworkStatusComparison, Workload } from '../../../core'
import { IssueRows } from '../../shared/issue-rows'
import { ShowMoreButton, usePaged } from '../../shared/paged-list'
import { sortPodsForReport, summarizeDrift } from './drift-summary'
import { PodDriftCard } from './pod-drift-card'

interface Props {
  comparison: NetworkStatusComparison
  workloads: readonly Workload[]
  onSelectWorkload: (id: string) => void
  onPickIssue: (issue: Issue) => void
}

// A page of cards renders at once; `oc get pods -A` on a busy node lists hundreds, and thousands of cards take seconds.
const PAGE = 50

/** The pods found in the pasted text, those with differences first, and what was wrong with the text itself. */
export function DriftReport({ comparison, workloads, onSelectWorkload, onPickIssue }: Props) {
  const { t } = useTranslation()
  const counts = summarizeDrift(comparison)
  const byId = new Map(workloads.map((workload) => [workload.id, workload]))
  const pods = usePaged(sortPodsForReport(comparison.pods), PAGE)
  return (
    <Stack spacing={1.5} component="section" aria-label={t('drift.report')}>
      {comparison.issues.length > 0 && (
        <Alert severity={comparison.pods.length === 0 ? 'error' : 'warning'} aria-label={t('drift.inputProblems')}>
          <IssueRows dense issues={comparison.issues} />
        </Alert>
      )}
      {comparison.pods.length > 0 && (
        <Typography variant="h3" component="h3">
          {t('drift.summary', { pods: t('drift.podCount', { count: comparison.pods.length }), matches: counts.matches, drift: counts.drift, notDesigned: counts['not-designed'] })}
        </Typography>
      )}
      {pods.shown.map((pod, index) => (
        <PodDriftCard key={`${pod.namespace}/${pod.name}-${index}`} pod={pod} workload={pod.workloadId === undefined ? undefined : byId.get(pod.workloadId)}
          onSelectWorkload={onSelectWorkload} onPickIssue={onPickIssue} />
      ))}
      <ShowMoreButton paged={pods}>{t('drift.showMore', { count: pods.more, left: pods.left })}</ShowMoreButton>
    </Stack>
  )
}
