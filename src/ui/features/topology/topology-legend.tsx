import { Box, Stack, Typography } from '@mui/material'
import { useTheme } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import type { Severity, TopologyEdgeKind } from '../../../core'
import { EDGE_STROKE, schemePalette } from './topology-edge'
import { SEVERITY_PALETTE } from './worst-severity'

const SEVERITIES: Severity[] = ['error', 'warning', 'info']
const EDGE_KINDS: { kind: TopologyEdgeKind; label: string }[] = [
  { kind: 'attachment', label: 'attachment' }, { kind: 'eth0', label: 'eth0' }, { kind: 'uplink', label: 'uplink' }, { kind: 'br-ex', label: 'brEx' },
]

/** What the marks and the edge strokes mean, and how to edit on the canvas. */
export function TopologyLegend() {
  const { t } = useTranslation()
  const theme = useTheme()
  return (
    <Box component="aside" aria-label={t('topology.legend.title')}
      sx={{ p: 1, bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1, maxWidth: 280, fontSize: 11 }}>
      <Typography sx={{ fontSize: 12, fontWeight: 700, mb: 0.5 }}>{t('topology.legend.title')}</Typography>
      <Stack spacing={0.25}>
        {SEVERITIES.map((severity) => (
          <Stack key={severity} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 14, height: 14, borderRadius: 7, bgcolor: `${SEVERITY_PALETTE[severity]}.main`, flexShrink: 0 }} />
            <Typography sx={{ fontSize: 11 }}>{t(`topology.legend.${severity}`)}</Typography>
          </Stack>
        ))}
        {EDGE_KINDS.map(({ kind, label }) => (
          <Stack key={kind} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="28" y2="4" stroke={EDGE_STROKE[kind].colour(schemePalette(theme))} strokeWidth={EDGE_STROKE[kind].width} strokeDasharray={EDGE_STROKE[kind].dash} />
            </svg>
            <Typography sx={{ fontSize: 11 }}>{t(`topology.legend.${label}`)}</Typography>
          </Stack>
        ))}
        <Typography sx={{ fontSize: 11, color: 'text.secondary', pt: 0.5 }}>{t('topology.legend.edit')}</Typography>
      </Stack>
    </Box>
  )
}
