import { useState } from 'react'
import { Box, Checkbox, FormControlLabel, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from 'react-i18next'
import type { HostNic, Issue } from '../../../core'
import { worstSeverity } from '../../shared/field-help'
import { useIssueMessage } from '../../shared/use-issue-message'

interface Props {
  index: number
  nic: HostNic
  /** Issues about this NIC (by name). */
  issues: readonly Issue[]
  /** Just jumped to from the issues list. */
  highlighted: boolean
  /** Focus left the row: the highlight has done its job. */
  onLeave: () => void
  onChange: (change: Partial<HostNic>) => void
  onRemove: () => void
}

type NicField = 'name' | 'mtu' | 'primary'

/** The input an issue's field lands on (`data-nic-field`); an issue about the NIC as a whole lands on its name. */
export function nicFieldOf(field: string): NicField {
  return field === 'mtu' || field === 'primary' ? field : 'name'
}

/** What the designer found about a NIC, worded like the field help: severity, then the message. */
export function NicIssueLines({ id, issues }: { id?: string; issues: readonly Issue[] }) {
  const { t } = useTranslation()
  const message = useIssueMessage()
  return (
    <Stack id={id} spacing={0.25} sx={{ px: 0.5, pb: 0.5 }}>
      {issues.map((issue, i) => (
        <Typography key={i} variant="caption" color={issue.severity === 'error' ? 'error' : issue.severity === 'warning' ? 'warning.main' : 'text.secondary'}>
          {t(`severity.${issue.severity}`)}: {message(issue)}
        </Typography>
      ))}
    </Stack>
  )
}

/** The MTU as typed: it can be emptied and retyped; only a whole number reaches the project. */
function MtuInput({ mtu, error, describedBy, onChange }: { mtu: number; error: boolean; describedBy?: string; onChange: (mtu: number) => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState(String(mtu))
  const [seen, setSeen] = useState(mtu)
  if (seen !== mtu) {
    setSeen(mtu)
    if (Number(text) !== mtu) setText(String(mtu))
  }
  const bad = !/^\d+$/.test(text.trim())
  return (
    <TextField label={t('nics.mtu')} value={text} sx={{ width: 72, flexShrink: 0 }} error={error || bad}
      slotProps={{ htmlInput: { inputMode: 'numeric', 'data-nic-field': 'mtu', 'aria-describedby': describedBy, title: bad ? t('field.notAWholeNumber') : undefined } }}
      onChange={(e) => {
        setText(e.target.value)
        if (/^\d+$/.test(e.target.value.trim())) onChange(Number(e.target.value.trim()))
      }} />
  )
}

/** One node NIC: name, MTU, whether it carries the default route, and what the designer found about it. */
export function HostNicRow({ index, nic, issues, highlighted, onLeave, onChange, onRemove }: Props) {
  const { t } = useTranslation()
  const issuesId = `nic-${index}-issues`
  const severity = (field: NicField) => worstSeverity(issues.filter((issue) => nicFieldOf(issue.field) === field))
  const describedBy = issues.length > 0 ? issuesId : undefined
  return (
    <Box data-nic={nic.name} role="group" aria-label={t('nics.nicN', { name: nic.name || index + 1 })} aria-current={highlighted ? 'true' : undefined}
      onBlur={(event) => { if (highlighted && !event.currentTarget.contains(event.relatedTarget)) onLeave() }}
      sx={{ borderRadius: 1, outline: highlighted ? '2px solid' : 'none', outlineColor: 'primary.main', outlineOffset: 2,
        bgcolor: highlighted ? 'action.selected' : undefined }}>
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <TextField label={t('nics.name')} value={nic.name} sx={{ flex: 1, minWidth: 0 }} error={severity('name') === 'error'}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' }, 'data-nic-field': 'name', 'aria-describedby': describedBy } }}
          onChange={(e) => onChange({ name: e.target.value.trim() })} />
        <MtuInput mtu={nic.mtu} error={severity('mtu') === 'error'} describedBy={describedBy} onChange={(mtu) => onChange({ mtu })} />
        <Tooltip title={t('nics.primaryHelp')} describeChild>
          <FormControlLabel sx={{ mx: 0 }} label={t('nics.primary')} labelPlacement="bottom"
            slotProps={{ typography: { variant: 'caption' } }}
            control={<Checkbox size="small" checked={nic.primary} onChange={(_, primary) => onChange({ primary })}
              slotProps={{ input: { 'data-nic-field': 'primary', 'aria-describedby': describedBy } as Record<string, unknown> }} />} />
        </Tooltip>
        <IconButton aria-label={t('rows.remove', { row: nic.name || t('nics.name') })} onClick={onRemove}>
          <DeleteOutlineIcon fontSize="small" />
        </IconButton>
      </Stack>
      {issues.length > 0 && <NicIssueLines id={issuesId} issues={issues} />}
    </Box>
  )
}
