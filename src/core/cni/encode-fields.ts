import { setOwn } from './node-value'
import type { FieldTable, FieldType } from './field-schema'

/** Writes a value of a declared type back to JSON shape, objects in declaration order, undefined left out. */
export function encodeValue(value: unknown, type: FieldType): unknown {
  if (value === undefined) return undefined
  switch (type.kind) {
    case 'list':
      return Array.isArray(value) ? value.map((item) => encodeValue(item, type.of)) : value
    case 'object':
      return isRecord(value) ? encodeObject(value, type.fields) : value
    case 'boolMap': {
      if (!isRecord(value)) return value
      const { extra, ...known } = value
      const out: Record<string, unknown> = {}
      for (const key of type.known) if (known[key] !== undefined) out[key] = known[key]
      return { ...out, ...(isRecord(extra) ? extra : {}) }
    }
    default:
      return value
  }
}

/** Writes an object's declared fields in table order, then its `extra` keys. */
export function encodeObject(value: Record<string, unknown>, table: FieldTable, extra?: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, spec] of Object.entries(table)) {
    const encoded = encodeValue(value[key], spec.type)
    if (encoded !== undefined) out[key] = encoded
  }
  if (isRecord(extra)) for (const [key, item] of Object.entries(extra)) if (!Object.hasOwn(out, key)) setOwn(out, key, item)
  return out
}

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
