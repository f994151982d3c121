import { Box, Chip, IconButton, Stack, Tooltip, Typography } from '@mui/material'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from 'react-i18next'
import type { Workload } from '../../core'
import { WorkloadForm } from '../features/pods/workload-form'
import { WorkloadOutputs } from '../features/pods/workload-outputs'
import { useIssuesOf } from '../state/derived'
import { useActions, useDesigner } from '../state/store-context'
import { IssuesFeed, useNewFieldIssuesStore } from '../shared/field-issues'
import { PanelBoundary } from '../shared/panel-boundary'
import { WORKLOAD_COLUMNS_SX } from './layout'

/** The selected example workload: its attachments beside everything generated from them. */
export function WorkloadInspector({ workload }: { workload: Workload }) {
  const { t } = useTranslation()
  const actions = useActions()
  const project = useDesigner((s) => s.project)
  const selection = useDesigner((s) => s.selection)
  const formRevision = useDesigner((s) => s.formRevision)
  const focusRequest = useDesigner((s) => s.focusRequest)
  const issues = useIssuesOf(selection)
  const store = useNewFieldIssuesStore()
  const focus = focusRequest && !focusRequest.done && focusRequest.target.kind === 'workload' && focusRequest.target.id === workload.id
    ? focusRequest : undefined
  return (
    <Stack spacing={1.5} sx={{ p: 1.5, containerType: 'inline-size' }}>
      <Stack sx={{ alignItems: 'center' }} direction="row" spacing={1}>
        <Typography variant="h2" component="h2" sx={{ fontFamily: 'monospace' }} noWrap>{workload.name || t('nav.unnamed')}</Typography>
        <Chip size="small" label={workload.kind} color="secondary" variant="outlined" />
        <Box sx={{ flex: 1 }} />
        <Tooltip title={t('nav.delete')}>
          <IconButton aria-label={t('nav.delete')} onClick={() => actions.deleteWorkload(workload.id)}><DeleteOutlineIcon fontSize="small" /></IconButton>
        </Tooltip>
      </Stack>
      <Box sx={WORKLOAD_COLUMNS_SX}>
        <PanelBoundary name={t('inspector.form')}>
          <IssuesFeed store={store} issues={issues} />
          <WorkloadForm key={`${workload.id}:${formRevision}`} workload={workload} networks={project.networks} store={store}
            onChange={actions.editWorkload} focus={focus} onFocused={actions.focusDone} />
        </PanelBoundary>
        <PanelBoundary name={t('inspector.outputs')}>
          <WorkloadOutputs workload={workload} project={project} />
        </PanelBoundary>
      </Box>
    </Stack>
  )
}
