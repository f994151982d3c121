import { describe, expect, it } from 'vitest'
import { PLUGIN_FIELDS, type PluginType } from '../../../core'
import { en } from '../../i18n/en'
import { PLUGIN_FIELD_SPECS } from './plugin-field-specs'

const plugins = Object.keys(PLUGIN_FIELDS) as PluginType[]

describe('plugin forms', () => {
  it.each(plugins)('%s has an input for every key of the core field table', (plugin) => {
    expect(PLUGIN_FIELD_SPECS[plugin].map((spec) => spec.key).sort()).toEqual(Object.keys(PLUGIN_FIELDS[plugin]).sort())
  })

  it.each(plugins)('%s has a label and a help text for every key', (plugin) => {
    const texts: Record<string, { label?: string; help?: string }> = en.fields[plugin]
    for (const spec of PLUGIN_FIELD_SPECS[plugin]) {
      expect(texts[spec.key]?.label, `${plugin}.${spec.key}`).toBeTruthy()
      expect(texts[spec.key]?.help, `${plugin}.${spec.key}`).toBeTruthy()
    }
  })
})
