import { Box, Button, Checkbox, FormControlLabel, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from 'react-i18next'
import type { HostNic } from '../../../core'
import { useProjectIssues } from '../../state/derived'
import { useActions, useDesigner } from '../../state/store-context'
import { useIssueMessage } from '../../shared/use-issue-message'

/** The node's NICs, so master, MTU and primary-network rules can be checked against the real device. */
export function HostNicsEditor() {
  const { t } = useTranslation()
  const actions = useActions()
  const nics = useDesigner((s) => s.project.hostNics)
  const issues = useProjectIssues().filter((i) => i.target.kind === 'hostNic')
  const message = useIssueMessage()
  const update = (index: number, change: Partial<HostNic>) =>
    actions.setHostNics(nics.map((nic, i) => (i === index ? { ...nic, ...change } : nic)))
  return (
    <Box component="section" aria-labelledby="host-nics-title" sx={{ px: 2, py: 1.5 }}>
      <Typography id="host-nics-title" variant="h2">{t('nics.title')}</Typography>
      <Typography variant="caption" color="text.secondary">{t('nics.help')}</Typography>
      <Stack spacing={1} sx={{ mt: 1 }}>
        {nics.map((nic, index) => (
          <Stack key={index} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <TextField label={t('nics.name')} value={nic.name} sx={{ flex: 2 }}
              slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
              onChange={(e) => update(index, { name: e.target.value.trim() })} />
            <TextField label={t('nics.mtu')} value={String(nic.mtu)} sx={{ flex: 1, minWidth: 64 }}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              onChange={(e) => { const mtu = Number(e.target.value); if (Number.isInteger(mtu) && mtu >= 0) update(index, { mtu }) }} />
            <Tooltip title={t('nics.primaryHelp')}>
              <FormControlLabel sx={{ mx: 0 }} label={t('nics.primary')} labelPlacement="bottom"
                slotProps={{ typography: { variant: 'caption' } }}
                control={<Checkbox size="small" checked={nic.primary} onChange={(_, primary) => update(index, { primary })} />} />
            </Tooltip>
            <IconButton aria-label={t('rows.remove', { row: nic.name || t('nics.name') })}
              onClick={() => actions.setHostNics(nics.filter((_, i) => i !== index))}>
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Stack>
        ))}
        {issues.map((issue, i) => (
          <Typography key={i} variant="caption" color={issue.severity === 'error' ? 'error' : 'warning.main'}>{message(issue)}</Typography>
        ))}
        <Box>
          <Button startIcon={<AddIcon />}
            onClick={() => actions.setHostNics([...nics, { name: nics.length === 0 ? 'eth0' : `eth${nics.length}`, mtu: 1500, primary: nics.length === 0 }])}>
            {t('nics.add')}
          </Button>
        </Box>
      </Stack>
    </Box>
  )
}
