import { useMemo, useState } from 'react'
import { Box, Button, Divider, List, Menu, MenuItem, Stack, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import AutoAwesomeIcon from '@mui/icons-material/AutoAwesome'
import { useTranslation } from 'react-i18next'
import type { Issue, Network, Project } from '../../../core'
import { ShowMoreButton, usePaged } from '../../shared/paged-list'
import { useDeferredProject, useProjectIssues } from '../../state/derived'
import { newId } from '../../state/new-id'
import { useActions, useDesigner } from '../../state/store-context'
import { KeptObjectList } from './kept-object-list'
import { ObjectListItem } from './object-list-item'

const none = { errors: 0, warnings: 0 }
/** Items of a list drawn at first; an imported design can have thousands. */
const PAGE = 100

function countsByTarget(issues: readonly Issue[]) {
  const counts = new Map<string, { errors: number; warnings: number }>()
  for (const issue of issues) {
    if (issue.target.kind !== 'network' && issue.target.kind !== 'workload') continue
    const key = `${issue.target.kind}:${issue.target.id}`
    const entry = counts.get(key) ?? { errors: 0, warnings: 0 }
    if (issue.severity === 'error') entry.errors += 1
    else if (issue.severity === 'warning') entry.warnings += 1
    counts.set(key, entry)
  }
  return counts
}

/** A one-click starting network; its title and description live in i18n under `presets.<id>`. */
export interface PresetEntry {
  id: string
  build: (id: string) => Network
}

interface Props {
  onNewNetwork: () => void
  onNewWorkload: (project: Project, name: string) => void
  presets: readonly PresetEntry[]
}

/** The left column: networks, example workloads and kept (passed-through) objects of the project. */
export function Navigator({ onNewNetwork, onNewWorkload, presets }: Props) {
  const { t } = useTranslation()
  const actions = useActions()
  const project = useDeferredProject()
  const selection = useDesigner((s) => s.selection)
  const issues = useProjectIssues()
  const counts = useMemo(() => countsByTarget(issues), [issues])
  const [presetAnchor, setPresetAnchor] = useState<HTMLElement | null>(null)
  const selectedAt = (kind: 'network' | 'workload', objects: readonly { id: string }[]) =>
    selection.kind === kind ? objects.findIndex((object) => object.id === selection.id) : -1
  const networks = usePaged(project.networks, PAGE, selectedAt('network', project.networks))
  const workloads = usePaged(project.workloads, PAGE, selectedAt('workload', project.workloads))
  const itemActions = useMemo(() => ({
    network: {
      onSelect: (id: string) => actions.select({ kind: 'network', id }),
      onDuplicate: (id: string) => actions.duplicateNetwork(id, newId('net')),
      onDelete: (id: string) => actions.deleteNetwork(id),
    },
    workload: {
      onSelect: (id: string) => actions.select({ kind: 'workload', id }),
      onDuplicate: (id: string) => actions.duplicateWorkload(id, newId('pod')),
      onDelete: (id: string) => actions.deleteWorkload(id),
    },
  }), [actions])
  // typing in a form changes the project on every keystroke: the lists re-render only once React gets to the deferred value
  const networkList = useMemo(() => (
      <List dense aria-label={t('nav.networks')}>
        {networks.shown.map((network) => {
          const c = counts.get(`network:${network.id}`) ?? none
          return (
            <ObjectListItem key={network.id} id={network.id} name={network.name} secondary={network.namespace}
              chip={network.config?.type === 'foreign' ? String(network.config.raw.type ?? '?') : network.config?.type ?? '—'}
              selected={selection.kind === 'network' && selection.id === network.id} errors={c.errors} warnings={c.warnings}
              {...itemActions.network} />
          )
        })}
      </List>
  ), [networks.shown, counts, selection, t, itemActions])
  // the same items while the menu is closed: the navigator redraws with every edit, and translating them each time cost
  const presetItems = useMemo(() => presets.map((preset) => (
    <MenuItem key={preset.id} onClick={() => { setPresetAnchor(null); actions.createNetwork(preset.build(newId('net'))) }}
      sx={{ display: 'block', maxWidth: 420, whiteSpace: 'normal' }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>{t(`presets.${preset.id}.title`)}</Typography>
      <Typography variant="caption" color="text.secondary">{t(`presets.${preset.id}.description`)}</Typography>
    </MenuItem>
  )), [presets, actions, t])
  // translated once per shown workloads, not again when only the issue counts change (a keystroke in a network)
  const workloadLines = useMemo(
    () => workloads.shown.map((workload) => t('nav.attachmentCount', { count: workload.attachments.length, namespace: workload.namespace })),
    [workloads.shown, t],
  )
  const workloadList = useMemo(() => (
      <List dense aria-label={t('nav.workloads')}>
        {workloads.shown.map((workload, index) => {
          const c = counts.get(`workload:${workload.id}`) ?? none
          return (
            <ObjectListItem key={workload.id} id={workload.id} name={workload.name} chip={workload.kind}
              secondary={workloadLines[index] ?? ''}
              selected={selection.kind === 'workload' && selection.id === workload.id} errors={c.errors} warnings={c.warnings}
              {...itemActions.workload} />
          )
        })}
      </List>
  ), [workloads.shown, workloadLines, counts, selection, t, itemActions])
  return (
    <Box component="nav" aria-label={t('nav.label')}>
      <SectionTitle title={t('nav.networks')} caption="NetworkAttachmentDefinition" />
        <Stack direction="row" spacing={1} useFlexGap sx={{ px: 2, pb: 1, flexWrap: 'wrap', '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={onNewNetwork}>{t('nav.newNetwork')}</Button>
          <Button startIcon={<AutoAwesomeIcon />} onClick={(e) => setPresetAnchor(e.currentTarget)} aria-haspopup="menu">
            {t('nav.presets')}
          </Button>
          <Menu anchorEl={presetAnchor} open={presetAnchor !== null} onClose={() => setPresetAnchor(null)}>
            {presetItems}
          </Menu>
        </Stack>
        {project.networks.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2 }}>{t('nav.noNetworks')}</Typography>
        )}
      {networkList}
      <ShowMoreButton paged={networks} sx={{ px: 2, pb: 1 }}>{t('nav.showMore', { count: networks.more, left: networks.left })}</ShowMoreButton>
      <Divider />
      <SectionTitle title={t('nav.workloads')} caption="Pod / Deployment" />
        <Box sx={{ px: 2, pb: 1 }}>
          <Button variant="outlined" startIcon={<AddIcon />}
            onClick={() => onNewWorkload(project, freeName(project))}>
            {t('nav.newWorkload')}
          </Button>
        </Box>
        {project.workloads.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ px: 2 }}>{t('nav.noWorkloads')}</Typography>
        )}
      {workloadList}
      <ShowMoreButton paged={workloads} sx={{ px: 2, pb: 1 }}>{t('nav.showMore', { count: workloads.more, left: workloads.left })}</ShowMoreButton>
      <KeptObjectList />
    </Box>
  )
}

function SectionTitle({ title, caption }: { title: string; caption: string }) {
  return (
    <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
      <Typography variant="h2">{title}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>{caption}</Typography>
    </Box>
  )
}

function freeName(project: Project): string {
  const taken = new Set(project.workloads.map((w) => w.name))
  for (let i = 1; ; i++) if (!taken.has(`example-pod-${i}`)) return `example-pod-${i}`
}
