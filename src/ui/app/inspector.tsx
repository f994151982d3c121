import { Box, Button, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { useTranslation } from 'react-i18next'
import { NETWORK_PRESETS } from '../features/network-wizard/network-presets'
import { newId } from '../state/new-id'
import { useActions, useDesigner } from '../state/store-context'
import { NetworkInspector } from './network-inspector'
import { WorkloadInspector } from './workload-inspector'

function StartHere({ onNewNetwork }: { onNewNetwork: () => void }) {
  const { t } = useTranslation()
  const actions = useActions()
  return (
    <Stack spacing={2} sx={{ p: 4, maxWidth: 880 }}>
      <Typography variant="h2" component="h2">{t('inspector.emptyTitle')}</Typography>
      <Typography color="text.secondary">{t('inspector.emptyBody')}</Typography>
      <div><Button variant="contained" startIcon={<AddIcon />} onClick={onNewNetwork}>{t('nav.newNetwork')}</Button></div>
      <Typography variant="h3" component="h3" sx={{ pt: 2 }}>{t('wizard.orPreset')}</Typography>
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)' } }}>
        {NETWORK_PRESETS.map((preset) => (
          <Card key={preset.id} variant="outlined">
            <CardActionArea onClick={() => actions.createNetwork(preset.build(newId('net')))}
              aria-label={t('wizard.usePreset', { name: t(`presets.${preset.id}.title`) })}>
              <CardContent sx={{ py: 1.25 }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
                  <Typography variant="subtitle2">{t(`presets.${preset.id}.title`)}</Typography>
                  <Chip size="small" label={preset.plugin} variant="outlined" />
                </Stack>
                <Typography variant="body2" color="text.secondary">{t(`presets.${preset.id}.description`)}</Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Box>
    </Stack>
  )
}

/** The right column: whatever is selected, or a way to start. */
export function Inspector({ onNewNetwork }: { onNewNetwork: () => void }) {
  const selection = useDesigner((s) => s.selection)
  const network = useDesigner((s) => {
    const { selection: picked } = s
    return picked.kind === 'network' ? s.project.networks.find((n) => n.id === picked.id) : undefined
  })
  const workload = useDesigner((s) => {
    const { selection: picked } = s
    return picked.kind === 'workload' ? s.project.workloads.find((w) => w.id === picked.id) : undefined
  })
  if (selection.kind === 'network' && network) return <NetworkInspector network={network} />
  if (selection.kind === 'workload' && workload) return <WorkloadInspector workload={workload} />
  return <StartHere onNewNetwork={onNewNetwork} />
}
