import { memo } from 'react'
import { Box, Chip, IconButton, Stack, Tooltip, Typography } from '@mui/material'
import ContentCopyIcon from '@mui/icons-material/FileCopyOutlined'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from 'react-i18next'
import type { Network } from '../../core'
import { NetworkEditor } from '../features/network-wizard/network-editor'
import { YamlPanel } from '../features/yaml-output/yaml-panel'
import { newId } from '../state/new-id'
import { useActions, useDesigner } from '../state/store-context'
import { PanelBoundary } from '../shared/panel-boundary'
import { INSPECTOR_COLUMNS_SX } from './layout'

interface TitleProps {
  id: string
  name: string
  namespace: string
  plugin: string
}

/** Name, plugin and namespace, with duplicate and delete; redrawn only when one of them changes, not on every keystroke. */
const NetworkTitle = memo(function NetworkTitle({ id, name, namespace, plugin }: TitleProps) {
  const { t } = useTranslation()
  const actions = useActions()
  return (
    <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1}>
      <Typography variant="h2" component="h2" sx={{ fontFamily: 'monospace' }} noWrap>{name || t('nav.unnamed')}</Typography>
      <Chip size="small" label={plugin} color="primary" variant="outlined" />
      <Typography variant="body2" color="text.secondary" noWrap>{t('inspector.inNamespace', { namespace })}</Typography>
      <Box sx={{ flex: 1 }} />
      <Tooltip title={t('nav.duplicate')}>
        <IconButton aria-label={t('nav.duplicate')} onClick={() => actions.duplicateNetwork(id, newId('net'))}><ContentCopyIcon fontSize="small" /></IconButton>
      </Tooltip>
      <Tooltip title={t('nav.delete')}>
        <IconButton aria-label={t('nav.delete')} onClick={() => actions.deleteNetwork(id)}><DeleteOutlineIcon fontSize="small" /></IconButton>
      </Tooltip>
    </Stack>
  )
})

/** The selected network: its form beside its live YAML. */
export function NetworkInspector({ network }: { network: Network }) {
  const { t } = useTranslation()
  const formRevision = useDesigner((s) => s.formRevision)
  const plugin = network.config?.type === 'foreign' ? String(network.config.raw.type ?? '?') : network.config?.type ?? '—'
  return (
    <Stack spacing={1.5} sx={{ p: 1.5, containerType: 'inline-size' }}>
      <NetworkTitle id={network.id} name={network.name} namespace={network.namespace} plugin={plugin} />
      <Box sx={INSPECTOR_COLUMNS_SX}>
        <PanelBoundary name={t('inspector.form')}>
          <NetworkEditor key={`${network.id}:${formRevision}`} network={network} />
        </PanelBoundary>
        <Box sx={{ position: 'sticky', top: 0 }}>
          <PanelBoundary name="YAML">
            <YamlPanel key={network.id} networkId={network.id} />
          </PanelBoundary>
        </Box>
      </Box>
    </Stack>
  )
}
