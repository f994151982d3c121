import type { Node } from 'jsonc-parser'
import { jsonKind, nodeSpan, nodeValue, setOwn } from './node-value'
import { configIssue, type ConfigIssue } from './config-issue'
import type { FieldSpec, FieldTable, FieldType } from './field-schema'
import { nearMissKey } from './near-miss-key'

/** Where a value sits: its model path and the Go field name used in decoding errors. */
export interface DecodeAt {
  path: string
  goField: string
}

/** The text being decoded (for number literals) and the issue sink. */
export interface DecodeContext {
  text: string
  issues: ConfigIssue[]
}

/** A decoded object: known fields under canonical keys, unknown keys verbatim, raw nodes of `node` fields. */
export interface DecodedObject {
  values: Record<string, unknown>
  extra: Record<string, unknown>
  nodes: Record<string, Node>
}

const INTEGER_LITERAL = /^-?(0|[1-9][0-9]*)$/

function expectedName(type: FieldType): string {
  if (type.kind === 'int') return 'integer'
  if (type.kind === 'bool') return 'boolean'
  if (type.kind === 'list') return 'list'
  if (type.kind === 'string') return 'string'
  return 'object'
}

function goTypeName(type: FieldType): string {
  if (type.kind === 'list') return `[]${goTypeName(type.of)}`
  if (type.kind === 'boolMap') return 'map[string]bool'
  if (type.kind === 'object' || type.kind === 'node') return 'struct'
  return type.kind
}

/** Go's encoding/json key match: the exact key first, then a case-insensitive one. */
export function matchKey(keys: readonly string[], key: string): string | undefined {
  if (keys.includes(key)) return key
  const lower = key.toLowerCase()
  return keys.find((candidate) => candidate.toLowerCase() === lower)
}

/** Reports a Go UnmarshalTypeError for a value of the wrong JSON type; returns undefined. */
export function typeError(node: Node, spec: { type: FieldType; goType?: string }, at: DecodeAt, ctx: DecodeContext): undefined {
  const key = at.path.slice(at.path.lastIndexOf('.') + 1)
  // Go names the literal only when a number does not fit a numeric field ("number 1e3"), else just "number".
  const literal = spec.type.kind === 'int' ? ` ${ctx.text.slice(node.offset, node.offset + node.length)}` : ''
  const got = node.type === 'number' ? `number${literal}` : jsonKind(node)
  ctx.issues.push(
    configIssue(
      'config.wrong-json-type',
      at.path,
      { key, expected: expectedName(spec.type), got, goField: at.goField, goType: spec.goType ?? goTypeName(spec.type) },
      nodeSpan(node),
    ),
  )
  return undefined
}

/** Decodes one value against its declared type; type mismatches become Go-like errors and yield undefined. */
export function decodeValue(node: Node, spec: { type: FieldType; goType?: string }, at: DecodeAt, ctx: DecodeContext): unknown {
  const { type } = spec
  switch (type.kind) {
    case 'string':
      return node.type === 'string' ? (node.value as string) : typeError(node, spec, at, ctx)
    case 'bool':
      return node.type === 'boolean' ? (node.value as boolean) : typeError(node, spec, at, ctx)
    case 'int': {
      if (node.type !== 'number') return typeError(node, spec, at, ctx)
      const literal = ctx.text.slice(node.offset, node.offset + node.length)
      const value = node.value as number
      return INTEGER_LITERAL.test(literal) && Number.isSafeInteger(value) ? value : typeError(node, spec, at, ctx)
    }
    case 'list': {
      if (node.type !== 'array') return typeError(node, spec, at, ctx)
      const items: unknown[] = []
      ;(node.children ?? []).forEach((child, index) => {
        if (child.type === 'null') return
        const value = decodeValue(child, { type: type.of }, { path: `${at.path}.${index}`, goField: at.goField }, ctx)
        if (value !== undefined) items.push(value)
      })
      return items
    }
    case 'object': {
      if (node.type !== 'object') return typeError(node, spec, at, ctx)
      return decodeObject(node, type.fields, at, ctx, { keepExtra: false }).values
    }
    case 'boolMap':
      return node.type === 'object' ? decodeBoolMap(node, type.known, at, ctx) : typeError(node, spec, at, ctx)
    case 'node':
      return node
  }
}

function decodeBoolMap(node: Node, known: readonly string[], at: DecodeAt, ctx: DecodeContext): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  const extra: Record<string, unknown> = {}
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? []
    if (!keyNode || !valueNode || valueNode.type === 'null') continue
    const key = keyNode.value as string
    // map[string]bool keys are matched exactly: libcni looks up "ips" and "mac" verbatim.
    const value = decodeValue(valueNode, { type: { kind: 'bool' }, goType: 'bool' }, { path: `${at.path}.${key}`, goField: at.goField }, ctx)
    if (value === undefined) continue
    if (known.includes(key)) values[key] = value
    else setOwn(extra, key, value)
  }
  if (Object.keys(extra).length > 0) values.extra = extra
  return values
}

/** Options of decodeObject: keep unknown keys (plugin and IPAM level) or drop them (nested items). */
export interface DecodeObjectOptions {
  keepExtra: boolean
  /** Keys matched exactly rather than case-insensitively (conflist level, read by libcni as a map). */
  exactKeys?: boolean
  /** Unknown keys that the runtime sets (reported as `config.runtime-key` instead of unknown). */
  runtimeKeys?: readonly string[]
}

/** Decodes a JSON object against a field table the way Go's encoding/json fills a struct. */
export function decodeObject(
  node: Node,
  table: FieldTable,
  at: DecodeAt,
  ctx: DecodeContext,
  options: DecodeObjectOptions,
): DecodedObject {
  const keys = Object.keys(table)
  const result: DecodedObject = { values: {}, extra: {}, nodes: {} }
  const seen = new Set<string>()
  const unknown: { key: string; path: string; keyNode: Node }[] = []
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? []
    if (!keyNode || !valueNode) continue
    const key = keyNode.value as string
    const canonical = canonicalKey(keys, key, options)
    const path = `${at.path}.${canonical ?? key}`
    if (seen.has(canonical ?? `\u0000${key}`)) ctx.issues.push(configIssue('config.duplicate-key', path, { key }, nodeSpan(keyNode)))
    seen.add(canonical ?? `\u0000${key}`)
    if (canonical === undefined) {
      if (options.runtimeKeys?.includes(key) || key.startsWith('cni.dev/')) {
        ctx.issues.push(configIssue('config.runtime-key', path, { key }, nodeSpan(keyNode)))
      } else {
        unknown.push({ key, path, keyNode })
      }
      if (options.keepExtra) setOwn(result.extra, key, nodeValue(valueNode))
      continue
    }
    if (canonical !== key) ctx.issues.push(configIssue('config.key-case-differs', path, { key, canonical }, nodeSpan(keyNode)))
    const spec: FieldSpec = table[canonical] as FieldSpec
    if (valueNode.type === 'null') {
      // Go leaves the field as it was (undefined is "not set" in the model), except for types with UnmarshalJSON.
      const code = spec.cidr ? 'config.null-cidr' : 'config.null-ignored'
      ctx.issues.push(configIssue(code, path, { key }, nodeSpan(valueNode)))
      continue
    }
    const value = decodeValue(valueNode, spec, { path, goField: `${at.goField}.${canonical}` }, ctx)
    if (value === undefined) continue
    if (spec.type.kind === 'node') result.nodes[canonical] = valueNode
    else result.values[canonical] = value
  }
  if (unknown.length > 0) {
    // Suggestions skip keys the object already has; list level (exact keys) gets no sibling suggestions at all.
    const present = options.exactKeys ? undefined : [...Object.keys(result.values), ...Object.keys(result.nodes)]
    for (const { key, path, keyNode } of unknown) reportUnknownKey(key, keys, present, path, keyNode, ctx, options.keepExtra)
  }
  return result
}

function canonicalKey(keys: readonly string[], key: string, options: DecodeObjectOptions): string | undefined {
  if (options.exactKeys) return keys.includes(key) ? key : undefined
  return matchKey(keys, key)
}

function reportUnknownKey(key: string, keys: readonly string[], present: readonly string[] | undefined, path: string, keyNode: Node, ctx: DecodeContext, kept: boolean): void {
  const suggestion = nearMissKey(keys, key, present)
  const params = { key, kept: kept ? 'yes' : 'no' }
  ctx.issues.push(
    suggestion
      ? configIssue('config.unknown-key-near-miss', path, { ...params, suggestion }, nodeSpan(keyNode))
      : configIssue('config.unknown-key', path, params, nodeSpan(keyNode)),
  )
}
