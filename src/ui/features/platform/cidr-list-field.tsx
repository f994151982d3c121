import { useState } from 'react'
import { TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { toCidr } from '../../../core'
import { keyedLabel } from '../../shared/field-help'

interface Props {
  label: string
  cniKey: string
  value: readonly string[]
  defaultValue: readonly string[]
  onChange: (cidrs: string[]) => void
}

/** Comma-separated CIDRs; emptied, it goes back to the MicroShift default. Only a list of valid CIDRs reaches the project. */
export function CidrListField({ label, cniKey, value, defaultValue, onChange }: Props) {
  const { t } = useTranslation()
  // a hand-edited or damaged project file may hold anything here
  const [text, setText] = useState(() => (Array.isArray(value) ? value.join(', ') : defaultValue.join(', ')))
  const entries = text.split(',').map((s) => s.trim()).filter((s) => s !== '')
  const bad = entries.filter((entry) => !toCidr(entry))
  return (
    <TextField label={keyedLabel(label, cniKey)} value={text} placeholder={defaultValue.join(', ')} error={bad.length > 0}
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      helperText={bad.length > 0 ? t('platform.notCidr', { entries: bad.join(', ') }) : t('field.defaultIs', { value: defaultValue.join(', ') })}
      onChange={(event) => {
        setText(event.target.value)
        const next = event.target.value.split(',').map((s) => s.trim()).filter((s) => s !== '')
        if (next.every((entry) => toCidr(entry))) onChange(next.length > 0 ? next : [...defaultValue])
      }} />
  )
}
