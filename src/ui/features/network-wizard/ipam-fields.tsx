import { MenuItem, Stack, TextField, Typography } from '@mui/material'
import { useController, useFormContext } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useFieldIssues } from '../../shared/field-issues'
import { FieldHelp, keyedLabel, worstSeverity } from '../../shared/field-help'
import { DhcpFields } from './dhcp-fields'
import { freshIpam } from './fresh-ipam'
import { HostLocalFields } from './host-local-fields'
import { StaticFields } from './static-fields'

const IPAM_TYPES = ['host-local', 'static', 'dhcp'] as const
const NONE = 'none'

/** The IPAM type picker; switching type starts that type's settings afresh. */
export function IpamTypeField() {
  const { t } = useTranslation()
  const { control, setValue } = useFormContext()
  const { field } = useController({ name: 'config.ipam.type', control })
  const issues = [...useFieldIssues('config.ipam'), ...useFieldIssues('config.ipam.type')]
  const value = typeof field.value === 'string' ? field.value : NONE
  return (
    <TextField select label={keyedLabel(t('fields.ipam.type.label'), 'ipam.type')} value={value} inputRef={field.ref}
      error={worstSeverity(issues) === 'error'}
      onChange={(event) => setValue('config.ipam', freshIpam(event.target.value), { shouldDirty: true })}
      slotProps={{ formHelperText: { component: 'div' }, htmlInput: { 'data-field': 'config.ipam.type' } }}
      helperText={<FieldHelp help={t('fields.ipam.type.help')} issues={issues} />}>
      <MenuItem value={NONE}>{t('ipam.none')}</MenuItem>
      {IPAM_TYPES.map((type) => <MenuItem key={type} value={type}>{type} — {t(`ipam.about.${type}`)}</MenuItem>)}
      {value === 'foreign' && <MenuItem value="foreign" disabled>{t('ipam.foreign')}</MenuItem>}
    </TextField>
  )
}

/** The settings of the chosen IPAM type. */
export function IpamFields({ type, part }: { type: string | undefined; part: 'basic' | 'advanced' }) {
  const { t } = useTranslation()
  if (type === 'host-local') return <HostLocalFields part={part} />
  if (type === 'static') return <StaticFields part={part} />
  if (type === 'dhcp') return <DhcpFields part={part} />
  if (type === 'foreign' && part === 'basic') return <Typography color="warning.main">{t('ipam.foreignHelp')}</Typography>
  return part === 'basic' && type === undefined ? <Stack><Typography variant="body2" color="text.secondary">{t('ipam.noneHelp')}</Typography></Stack> : null
}
