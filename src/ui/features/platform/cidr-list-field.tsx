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

function entriesOf(text: string): string[] {
  return text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')
}

/** Comma-separated CIDRs; emptied, it goes back to the MicroShift default. Only a list of valid CIDRs reaches the project. */
export function CidrListField({ label, cniKey, value, defaultValue, onChange }: Props) {
  const { t } = useTranslation()
  // what is typed, wrong entries included; the project keeps its last valid list meanwhile
  const [text, setText] = useState(() => value.join(', '))
  // the project can change under the field (undo, a replaced project): show its list unless the text already means it
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    const typed = entriesOf(text)
    if ((typed.length > 0 ? typed : defaultValue).join(',') !== value.join(',')) setText(value.join(', '))
  }
  const bad = entriesOf(text).filter((entry) => !toCidr(entry))
  return (
    <TextField label={keyedLabel(label, cniKey)} value={text} placeholder={defaultValue.join(', ')} error={bad.length > 0}
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } } }}
      helperText={bad.length > 0 ? t('platform.notCidr', { entries: bad.join(', ') }) : t('field.defaultIs', { value: defaultValue.join(', ') })}
      onChange={(event) => {
        setText(event.target.value)
        const next = entriesOf(event.target.value)
        if (next.every((entry) => toCidr(entry))) onChange(next.length > 0 ? next : [...defaultValue])
      }} />
  )
}
