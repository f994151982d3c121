import { Box, Stack, Typography } from '@mui/material'
import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlined'
import { useTranslation } from 'react-i18next'
import type { InterfaceComparison, Issue } from '../../../core'
import { IssueRows, SeverityIcon } from '../../shared/issue-rows'

const RANK = { error: 0, warning: 1, info: 2 } as const

/** One interface of a pod: the network the design puts there, what the device reported, and each difference. */
export function InterfaceDriftRow({ entry, onPickIssue }: { entry: InterfaceComparison; onPickIssue?: (issue: Issue) => void }) {
  const { t } = useTranslation()
  const worst = [...entry.issues].sort((a, b) => RANK[a.severity] - RANK[b.severity])[0]
  const found = entry.found
  const device = found
    ? [t('drift.foundOn', { network: found.name }), found.ips.length > 0 ? found.ips.join(', ') : t('drift.noAddress'), found.mac].filter(Boolean).join(' · ')
    : t('drift.missing')
  return (
    <Box component="li" sx={{ listStyle: 'none', py: 0.5, borderTop: 1, borderColor: 'divider' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ pt: 0.25 }}>{worst ? <SeverityIcon severity={worst.severity} /> : <CheckCircleIcon color="success" fontSize="small" titleAccess={t('drift.asDesigned')} />}</Box>
        <Typography variant="body2" sx={{ fontFamily: 'monospace', fontWeight: 600, minWidth: 48 }}>{entry.interface || '?'}</Typography>
        <Stack sx={{ minWidth: 0 }}>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {entry.designed ? t('drift.designedOn', { network: entry.designed }) : t('drift.notInDesign')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>{device}</Typography>
        </Stack>
      </Stack>
      {entry.issues.length > 0 && <Box sx={{ pl: 3 }}><IssueRows dense issues={entry.issues} onPick={onPickIssue} /></Box>}
    </Box>
  )
}
