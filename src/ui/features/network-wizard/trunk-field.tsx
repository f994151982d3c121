import { useState } from 'react'
import { TextField } from '@mui/material'
import { useController, useFormContext } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { VlanTrunkEntry } from '../../../core'
import { useFieldIssues } from '../../shared/field-issues'
import { FieldHelp, keyedLabel, worstSeverity } from '../../shared/field-help'

/** `100, 200-300` ↔ `[{id:100},{minID:200,maxID:300}]`; undefined when the text is not in that shape. */
export function parseTrunkText(text: string): VlanTrunkEntry[] | undefined {
  const items = text.split(',').map((s) => s.trim()).filter((s) => s !== '')
  const entries: VlanTrunkEntry[] = []
  for (const item of items) {
    const span = /^(\d+)\s*-\s*(\d+)$/.exec(item)
    if (span) entries.push({ minID: Number(span[1]), maxID: Number(span[2]) })
    else if (/^\d+$/.test(item)) entries.push({ id: Number(item) })
    else return undefined
  }
  return entries
}

export function trunkText(entries: unknown): string {
  if (!Array.isArray(entries)) return ''
  return entries.map((e: VlanTrunkEntry) => (e.id !== undefined ? String(e.id) : `${e.minID ?? ''}-${e.maxID ?? ''}`)).join(', ')
}

/** The bridge `vlanTrunk` list typed as VLAN ids and spans. */
export function TrunkField({ name, label, help }: { name: string; label: string; help: string }) {
  const { t } = useTranslation()
  const { control } = useFormContext()
  const { field } = useController({ name, control })
  const [text, setText] = useState(() => trunkText(field.value))
  const [bad, setBad] = useState(false)
  const own = useFieldIssues(name)
  const issues = [...own, ...useFieldIssues(`${name}.0.id`), ...useFieldIssues(`${name}.0.minID`), ...useFieldIssues(`${name}.0.maxID`)]
  return (
    <TextField label={keyedLabel(label, 'vlanTrunk')} value={text} placeholder="100, 200-300" inputRef={field.ref}
      error={bad || worstSeverity(issues) === 'error'}
      onChange={(event) => {
        setText(event.target.value)
        const parsed = event.target.value.trim() === '' ? undefined : parseTrunkText(event.target.value)
        setBad(parsed === undefined && event.target.value.trim() !== '')
        if (parsed !== undefined || event.target.value.trim() === '') field.onChange(parsed)
      }}
      slotProps={{ formHelperText: { component: 'div' }, htmlInput: { 'data-field': name, spellCheck: false } }}
      helperText={<FieldHelp help={help} issues={issues} localError={bad ? t('field.badTrunk') : undefined} />} />
  )
}
