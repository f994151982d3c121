import { MenuItem, TextField } from '@mui/material'
import { useController, useFormContext } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useFieldIssues } from './field-issues'
import { FieldHelp, keyedLabel, worstSeverity } from './field-help'

export interface SelectOption {
  value: string
  /** Short explanation shown next to the value. */
  note?: string
}

interface Props {
  name: string
  cniKey: string
  label: string
  help?: string
  options: readonly SelectOption[]
  /** The value used when the key is left out; the "not set" entry says so. */
  defaultValue?: string
  /** Offer an explicit "not set" entry (leave the key out). */
  allowUnset?: boolean
}

const UNSET = '__unset__'

/** A select for a CNI key with a fixed set of values; a value outside the set (from an import) is still shown. */
export function KeyedSelect({ name, cniKey, label, help, options, defaultValue, allowUnset = true }: Props) {
  const { t } = useTranslation()
  const { control } = useFormContext()
  const { field } = useController({ name, control })
  const issues = useFieldIssues(name)
  const value = typeof field.value === 'string' ? field.value : undefined
  const known = value === undefined || options.some((o) => o.value === value)
  return (
    <TextField
      select
      label={keyedLabel(label, cniKey)}
      value={value ?? (allowUnset ? UNSET : '')}
      inputRef={field.ref}
      onBlur={field.onBlur}
      onChange={(event) => field.onChange(event.target.value === UNSET ? undefined : event.target.value)}
      error={worstSeverity(issues) === 'error'}
      slotProps={{ formHelperText: { component: 'div' }, htmlInput: { 'data-field': name } }}
      helperText={<FieldHelp help={help} defaultText={defaultValue} issues={issues} />}
    >
      {allowUnset && (
        <MenuItem value={UNSET}>
          <em>{defaultValue === undefined ? t('field.notSet') : t('field.notSetDefault', { value: defaultValue })}</em>
        </MenuItem>
      )}
      {!known && value !== undefined && <MenuItem value={value}>{value}</MenuItem>}
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.value}{option.note ? ` — ${option.note}` : ''}
        </MenuItem>
      ))}
    </TextField>
  )
}
