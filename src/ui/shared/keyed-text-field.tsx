import { useState } from 'react'
import { TextField } from '@mui/material'
import { useController, useFormContext } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useFieldIssues } from './field-issues'
import { FieldHelp, keyedLabel, worstSeverity } from './field-help'

export type TextKind = 'text' | 'list' | 'integer'

interface Props {
  /** Form path, equal to the issue field path (`config.master`). */
  name: string
  cniKey: string
  label: string
  help?: string
  defaultText?: string
  placeholder?: string
  /** `list`: comma-separated strings; `integer`: a whole number. */
  kind?: TextKind
  mono?: boolean
  required?: boolean
  autoFocus?: boolean
  /** Values offered as the user types (a datalist), e.g. the node's NICs for `master`. */
  suggestions?: readonly string[]
}

function toText(value: unknown, kind: TextKind): string {
  if (value === undefined || value === null) return ''
  if (kind === 'list' && Array.isArray(value)) return value.join(', ')
  return String(value)
}

function fromText(text: string, kind: TextKind): { value: unknown; bad?: boolean } {
  const trimmed = text.trim()
  if (trimmed === '') return { value: undefined }
  if (kind === 'list') return { value: trimmed.split(',').map((s) => s.trim()).filter((s) => s !== '') }
  if (kind === 'integer') return /^-?\d+$/.test(trimmed) ? { value: Number(trimmed) } : { value: undefined, bad: true }
  return { value: text }
}

/** A text input bound to one CNI key; empty means "not set", so the key is left out of the YAML. */
export function KeyedTextField({ name, cniKey, label, help, defaultText, placeholder, kind = 'text', mono, required, autoFocus, suggestions }: Props) {
  const { t } = useTranslation()
  const { control } = useFormContext()
  const { field } = useController({ name, control })
  const issues = useFieldIssues(name)
  const [text, setText] = useState(() => toText(field.value, kind))
  const [bad, setBad] = useState(false)
  const [seen, setSeen] = useState<unknown>(field.value)
  // follow values set from outside (a row removed, a reset, a YAML edit) without fighting the user's typing
  if (seen !== field.value) {
    setSeen(field.value)
    if (JSON.stringify(fromText(text, kind).value) !== JSON.stringify(field.value)) {
      setText(toText(field.value, kind))
      setBad(false)
    }
  }
  // A whole number is read when the user leaves the field (or presses Enter): "15" on the way to "1500" is not a value
  // to validate, and text that is no number ("1e3", "-") stays on screen while the project keeps its last value.
  const readOnLeave = kind === 'integer'
  const read = (typed: string) => {
    const parsed = fromText(typed, kind)
    setBad(parsed.bad === true)
    if (!parsed.bad) field.onChange(parsed.value)
  }
  const severity = worstSeverity(issues)
  const localError = bad
    ? `${t('field.notAWholeNumber')} ${field.value === undefined ? t('field.keyLeftOut', { key: cniKey }) : t('field.valueKept', { value: String(field.value) })}`
    : undefined
  const listId = suggestions && suggestions.length > 0 ? `${name}-suggestions` : undefined
  return (
    <>
    <TextField
      label={keyedLabel(label, cniKey)}
      name={name}
      value={text}
      required={required}
      autoFocus={autoFocus}
      placeholder={placeholder}
      inputRef={field.ref}
      onBlur={() => {
        if (readOnLeave) read(text)
        field.onBlur()
      }}
      onKeyDown={(event) => { if (readOnLeave && event.key === 'Enter') read(text) }}
      onChange={(event) => {
        setText(event.target.value)
        if (readOnLeave) setBad(false)
        else read(event.target.value)
      }}
      error={severity === 'error' || bad}
      sx={severity === 'warning' ? { '& .MuiOutlinedInput-notchedOutline': { borderColor: 'warning.main' } } : undefined}
      slotProps={{
        htmlInput: { inputMode: kind === 'integer' ? 'numeric' : undefined, spellCheck: false, 'data-field': name, list: listId,
          // text that is not a value yet: the wizard will not leave a step that would lose it
          'data-unreadable': bad ? 'true' : undefined,
          style: mono ? { fontFamily: 'monospace' } : undefined },
        formHelperText: { component: 'div' },
      }}
      helperText={<FieldHelp help={help} defaultText={defaultText} issues={issues} localError={localError} />}
    />
    {listId && <datalist id={listId}>{suggestions?.map((s) => <option key={s} value={s} />)}</datalist>}
    </>
  )
}
