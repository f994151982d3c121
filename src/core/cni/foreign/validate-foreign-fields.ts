import { matchKey } from '../decode-fields'
import type { RuleContext } from '../rule-context'
import { FOREIGN_PLUGIN_FIELDS, type ForeignFieldType } from './foreign-plugin-fields'

const EXPECTED: Record<ForeignFieldType, string> = { string: 'string', int: 'integer', bool: 'boolean', 'map[string]string': 'object' }

// The JSON kind of a decoded value as Go names it; Go names the number itself when it does not fit an int.
function goKind(value: unknown, type: ForeignFieldType): string {
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return type === 'int' ? `number ${value}` : 'number'
  return typeof value === 'object' ? 'object' : 'string'
}

function fits(value: unknown, type: ForeignFieldType): boolean {
  if (type === 'string') return typeof value === 'string'
  if (type === 'bool') return typeof value === 'boolean'
  if (type === 'int') return typeof value === 'number' && Number.isSafeInteger(value)
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Go decoding errors (config.wrong-json-type) in the known fields of a foreign plugin of this `type`; null leaves a
 * field unset. Values are checked as decoded, so an integer written as `1500.0` passes here although Go refuses it.
 */
export function validateForeignFields(type: string, raw: Record<string, unknown>, path: string, ctx: RuleContext): void {
  const plugin = Object.hasOwn(FOREIGN_PLUGIN_FIELDS, type) ? FOREIGN_PLUGIN_FIELDS[type] : undefined
  if (!plugin) return
  const known = Object.keys(plugin.fields)
  for (const [key, value] of Object.entries(raw)) {
    const canonical = matchKey(known, key)
    const fieldType = canonical === undefined ? undefined : plugin.fields[canonical]
    if (canonical === undefined || fieldType === undefined || value === null) continue
    const goField = `${plugin.goStruct}.${canonical}`
    if (!fits(value, fieldType)) {
      ctx.report('config.wrong-json-type', `${path}.${key}`, { key, expected: EXPECTED[fieldType], got: goKind(value, fieldType), goField, goType: fieldType })
    } else if (fieldType === 'map[string]string') {
      for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
        if (item !== null && typeof item !== 'string') {
          ctx.report('config.wrong-json-type', `${path}.${key}.${name}`, { key: name, expected: 'string', got: goKind(item, 'string'), goField, goType: 'string' })
        }
      }
    }
  }
}
