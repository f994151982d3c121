/**
 * The declarative field tables every plugin and IPAM folder fills in. Parsing (Go-like decoding), unknown-key
 * detection, emit order and PLUGIN_DEFAULTS all derive from these tables, so each field is declared once.
 */

/** A JSON value type as the plugin's Go struct declares it. */
export type FieldType =
  | { kind: 'string' }
  | { kind: 'int' }
  | { kind: 'bool' }
  | { kind: 'list'; of: FieldType }
  | { kind: 'object'; fields: FieldTable }
  /** `map[string]bool` (capabilities): keys are matched exactly, unknown keys are kept. */
  | { kind: 'boolMap'; known: readonly string[] }
  /** Decoded by the caller (the `ipam` object, whose table depends on its `type`). */
  | { kind: 'node' }

/** One field: its JSON type, the default the plugin applies when absent, allowed values (exact match). */
export interface FieldSpec {
  type: FieldType
  default?: string | number | boolean
  values?: readonly string[]
  /** Go's name of the type, for `cannot unmarshal X into ... of type <goType>`. */
  goType?: string
  /** A types.IPNet: its UnmarshalJSON runs even for null, which then fails as `invalid CIDR address: `. */
  cidr?: boolean
}

/** Canonical key → spec; declaration order is the emit order. */
export type FieldTable = Readonly<Record<string, FieldSpec>>

/** A Go string field. */
export const STRING: FieldSpec = { type: { kind: 'string' }, goType: 'string' }
/** A Go int field: only integer JSON literals decode. */
export const INT: FieldSpec = { type: { kind: 'int' }, goType: 'int' }
/** A Go bool field: only true/false decode. */
export const BOOL: FieldSpec = { type: { kind: 'bool' }, goType: 'bool' }
/** A types.IPNet field, written as a CIDR string. */
export const CIDR: FieldSpec = { type: { kind: 'string' }, goType: 'types.IPNet', cidr: true }
/** A Go []string field. */
export const STRING_LIST: FieldSpec = { type: { kind: 'list', of: { kind: 'string' } }, goType: '[]string' }

/** A field with a plugin default. */
export function withDefault<V extends string | number | boolean>(spec: FieldSpec, value: V): FieldSpec & { default: V } {
  return { ...spec, default: value }
}

/** A list of objects with the given fields. */
export function listOf(fields: FieldTable, goType: string): FieldSpec {
  return { type: { kind: 'list', of: { kind: 'object', fields } }, goType }
}

/** The defaults a table declares: key → default, only for fields that have one. */
export type DefaultsOf<T extends FieldTable> = {
  -readonly [K in keyof T as T[K] extends { default: string | number | boolean } ? K : never]: T[K] extends {
    default: infer D
  }
    ? D
    : never
}

/** The defaults a table declares, as a plain object. */
export function defaultsOf<T extends FieldTable>(table: T): DefaultsOf<T> {
  const defaults: Record<string, string | number | boolean> = {}
  for (const [key, spec] of Object.entries(table)) if (spec.default !== undefined) defaults[key] = spec.default
  return defaults as DefaultsOf<T>
}
