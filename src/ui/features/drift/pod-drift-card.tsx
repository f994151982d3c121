import { Box, Button, Chip, Paper, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Issue, PodComparison, Workload } from '../../../core'
import { IssueRows } from '../../shared/issue-rows'
import { podDriftState } from './drift-summary'
import { InterfaceDriftRow } from './interface-drift-row'

interface Props {
  pod: PodComparison
  /** The design's workload the pod was matched to, as the project holds it now. */
  workload?: Workload
  onSelectWorkload: (id: string) => void
  onPickIssue: (issue: Issue) => void
}

const CHIP_COLOUR = { matches: 'success', drift: 'error', 'not-designed': 'default' } as const

/** One running pod: where it stands, the workload it belongs to and how that was told, and each interface against the design. */
export function PodDriftCard({ pod, workload, onSelectWorkload, onPickIssue }: Props) {
  const { t } = useTranslation()
  const state = podDriftState(pod)
  const title = `${pod.namespace}/${pod.name}`
  const workloadName = workload ? `${workload.kind} ${workload.namespace}/${workload.name}` : pod.workloadId
  const podIssues = pod.interfaces.length === 0 ? pod.issues : []
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Typography variant="subtitle2" component="h4" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{title}</Typography>
        <Chip size="small" color={CHIP_COLOUR[state]} variant={state === 'not-designed' ? 'outlined' : 'filled'}
          label={state === 'drift' ? t('drift.state.drift', { count: pod.issues.length }) : t(`drift.state.${state}`)} />
      </Stack>
      {state === 'not-designed' && (
        <Typography variant="caption" color="text.secondary">{t('drift.notDesignedHelp', { namespace: pod.namespace })}</Typography>
      )}
      {pod.workloadId !== undefined && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }} useFlexGap>
          <Button size="small" sx={{ textTransform: 'none', px: 0.5 }} aria-label={t('drift.selectWorkload', { workload: workloadName })}
            onClick={() => pod.workloadId !== undefined && onSelectWorkload(pod.workloadId)}>
            {workloadName}
          </Button>
          {pod.matchedBy && <Typography variant="caption" color="text.secondary">{t(`drift.matchedBy.${pod.matchedBy.by}`, { via: pod.matchedBy.via })}</Typography>}
        </Stack>
      )}
      {podIssues.length > 0 && <IssueRows dense issues={podIssues} onPick={onPickIssue} />}
      {pod.interfaces.length > 0 && (
        <Box component="ul" aria-label={t('drift.interfaces', { pod: title })} sx={{ m: 0, mt: 0.5, p: 0 }}>
          {pod.interfaces.map((entry, index) => <InterfaceDriftRow key={`${entry.interface}-${index}`} entry={entry} onPickIssue={onPickIssue} />)}
        </Box>
      )}
    </Paper>
  )
}
