import { PLUGIN_DEFAULTS } from '../../../core'

/** The value a plugin uses when `key` is left out, as the core declares it (undefined when it has none). */
export function pluginDefault(plugin: string, key: string): unknown {
  const table = (PLUGIN_DEFAULTS as unknown as Record<string, Record<string, unknown> | undefined>)[plugin]
  return table?.[key]
}

/** A default for display: strings and numbers as they are, nothing for objects. */
export function defaultText(plugin: string, key: string): string | undefined {
  const value = pluginDefault(plugin, key)
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
}
