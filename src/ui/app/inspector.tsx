import { Button, Stack, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { useTranslation } from 'react-i18next'
import { KeptObjectInspector } from '../features/navigator/kept-object-inspector'
import { PresetCards } from '../features/network-wizard/preset-cards'
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
      <PresetCards onPreset={(preset) => actions.createNetwork(preset.build(newId('net')))} />
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
  const kept = useDesigner((s) => (s.selection.kind === 'passThrough' ? s.project.passThrough[s.selection.index] : undefined))
  if (selection.kind === 'passThrough' && kept) return <KeptObjectInspector key={selection.index} object={kept} index={selection.index} />
  if (selection.kind === 'network' && network) return <NetworkInspector network={network} />
  if (selection.kind === 'workload' && workload) return <WorkloadInspector workload={workload} />
  return <StartHere onNewNetwork={onNewNetwork} />
}
