import { FormControl, FormControlLabel, FormHelperText, Switch } from '@mui/material'
import { useController, useFormContext } from 'react-hook-form'
import { useFieldIssues } from './field-issues'
import { FieldHelp, keyedLabel, worstSeverity } from './field-help'

interface Props {
  name: string
  cniKey: string
  label: string
  help?: string
  /** What the plugin does when the key is left out. */
  defaultValue: boolean
}

/** A switch for a boolean CNI key; choosing the default leaves the key out of the YAML. */
export function KeyedSwitch({ name, cniKey, label, help, defaultValue }: Props) {
  const { control } = useFormContext()
  const { field } = useController({ name, control })
  const issues = useFieldIssues(name)
  const value: unknown = field.value
  const checked = typeof value === 'boolean' ? value : defaultValue
  const helpId = `${name}-help`
  return (
    <FormControl error={worstSeverity(issues) === 'error'} sx={{ display: 'block' }}>
      <FormControlLabel
        label={keyedLabel(label, cniKey)}
        control={
          <Switch
            checked={checked}
            name={name}
            onBlur={field.onBlur}
            onChange={(_, on) => field.onChange(on === defaultValue ? undefined : on)}
            slotProps={{ input: { ref: field.ref, 'aria-describedby': helpId, 'data-field': name } as Record<string, unknown> }}
          />
        }
      />
      <FormHelperText id={helpId} component="div" sx={{ mt: -0.5, ml: 6 }}>
        <FieldHelp help={help} defaultText={String(defaultValue)} issues={issues} />
      </FormHelperText>
    </FormControl>
  )
}
