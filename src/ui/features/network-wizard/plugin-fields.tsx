import { Stack } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { PLUGIN_FIELDS, type PluginType } from '../../../core'
import { useDesigner } from '../../state/store-context'
import { KeyedSelect } from '../../shared/keyed-select'
import { KeyedSwitch } from '../../shared/keyed-switch'
import { KeyedTextField } from '../../shared/keyed-text-field'
import { defaultText, pluginDefault } from './plugin-default'
import { PLUGIN_FIELD_SPECS, type FieldSpec } from './plugin-field-specs'
import { TrunkField } from './trunk-field'

interface Props {
  plugin: PluginType
  /** Which part of the plugin's keys to show. */
  part: 'basic' | 'advanced'
}

/** The fields of one main plugin, bound to `config.<key>`. */
export function PluginFields({ plugin, part }: Props) {
  const specs: readonly FieldSpec[] = PLUGIN_FIELD_SPECS[plugin]
  return (
    <Stack spacing={2}>
      {specs.filter((spec) => (spec.advanced === true) === (part === 'advanced')).map((spec) => (
        <PluginField key={spec.key} plugin={plugin} spec={spec} />
      ))}
    </Stack>
  )
}

function allowedValues(plugin: PluginType, key: string): readonly string[] {
  const table: Record<string, { values?: readonly string[] }> = PLUGIN_FIELDS[plugin]
  return table[key]?.values ?? []
}

function PluginField({ plugin, spec }: { plugin: PluginType; spec: FieldSpec }) {
  const { t } = useTranslation()
  const nics = useDesigner((s) => s.project.hostNics)
  const name = `config.${spec.key}`
  const label = t(`fields.${plugin}.${spec.key}.label`)
  const help = t(`fields.${plugin}.${spec.key}.help`)
  switch (spec.control) {
    case 'switch':
      return <KeyedSwitch name={name} cniKey={spec.key} label={label} help={help} defaultValue={pluginDefault(plugin, spec.key) === true} />
    case 'select':
      return (
        <KeyedSelect name={name} cniKey={spec.key} label={label} help={help} defaultValue={defaultText(plugin, spec.key)}
          options={allowedValues(plugin, spec.key).map((value) => ({ value, note: t(`fields.${plugin}.${spec.key}.options.${value}`) }))} />
      )
    case 'trunk':
      return <TrunkField name={name} label={label} help={help} />
    default:
      return (
        <KeyedTextField name={name} cniKey={spec.key} label={label} help={help} kind={spec.control === 'integer' ? 'integer' : 'text'}
          defaultText={defaultText(plugin, spec.key) ?? (t(`fields.${plugin}.${spec.key}.default`, { defaultValue: '' }) || undefined)}
          placeholder={spec.placeholder} mono={spec.control === 'text' && spec.mono}
          suggestions={spec.key === 'master' ? nics.map((nic) => nic.name) : undefined} />
      )
  }
}
