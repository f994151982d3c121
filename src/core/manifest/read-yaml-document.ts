import { constructFromEvents, EVENT_ID, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml'
import type { IssueParams } from '../validation/issue'
import type { MANIFEST_ISSUES } from './manifest-issues'

/** Limits that keep hostile input from exhausting the browser or the CLI. */
export const IMPORT_LIMITS = {
  /** Whole input: far above any real bundle of NADs and pods. */
  totalBytes: 5 * 1024 * 1024,
  /** One YAML document. */
  documentBytes: 1024 * 1024,
  documents: 10_000,
  /** Collection nesting; Kubernetes objects rarely go past 15. */
  maxDepth: 64,
  /** Nodes of one document once YAML aliases are expanded (a billion-laughs bomb expands to ~10^9). */
  expandedNodes: 200_000,
} as const

/** Where a node of the document starts (offset in the document text); scalars keep their event for decoding maps. */
export interface YamlNodeLocation {
  offset: number
  scalar?: ScalarEvent
}

/** A parsed document: the value and the location of every node by path, or the reason it was refused. */
export interface ReadYamlDocument {
  /** The text the offsets refer to: the input, or a copy with under-indented quoted-scalar lines shifted right. */
  text: string
  /** Number of lines that had to be shifted (go-yaml and PyYAML accept them; strict YAML 1.2 does not). */
  shiftedLines: number
  /** 0-based line (in the document) of the first shifted line. */
  firstShiftedLine?: number
  value?: unknown
  locations: Map<string, YamlNodeLocation>
  refusal?: { code: keyof typeof MANIFEST_ISSUES; params: IssueParams; offset: number }
}

/** Key of a node path in `locations`: segments joined by newlines (keys such as annotation names contain dots). */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join('\n')
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

interface Frame {
  kind: 'document' | 'mapping' | 'sequence'
  /** pathKey of this node; `depth` 0 is the document, 1 its root node. */
  path: string
  depth: number
  size: number
  anchor: string
  index: number
  key: string | undefined
  expectingKey: boolean
}

// One pass over the events: node locations, expanded size (aliases count as the size of what they
// point at), and prototype keys. Returns a refusal, if any.
function walkEvents(events: Event[], source: string, locations: Map<string, YamlNodeLocation>): ReadYamlDocument['refusal'] {
  const anchorSizes = new Map<string, number>()
  const stack: Frame[] = []
  const childPath = (parent: Frame): string => {
    if (parent.kind === 'document') return ''
    const segment = parent.kind === 'sequence' ? String(parent.index++) : (parent.key ?? '?')
    return parent.depth === 1 ? segment : `${parent.path}\n${segment}`
  }
  const finishChild = (parent: Frame | undefined, size: number) => {
    if (!parent) return
    parent.size += size
    if (parent.kind === 'mapping') parent.expectingKey = !parent.expectingKey
  }
  for (const event of events) {
    const parent = stack[stack.length - 1]
    if (event.type === EVENT_ID.DOCUMENT) {
      stack.push({ kind: 'document', path: '', depth: 0, size: 0, anchor: '', index: 0, key: undefined, expectingKey: false })
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const isKey = parent?.kind === 'mapping' && parent.expectingKey
      const path = parent && !isKey ? childPath(parent) : '?'
      if (!isKey) locations.set(path, { offset: event.start })
      const anchor = event.anchorStart >= 0 ? source.slice(event.anchorStart, event.anchorEnd) : ''
      const depth = (parent?.depth ?? 0) + 1
      stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', path, depth, size: 1, anchor, index: 0, key: undefined, expectingKey: true })
    } else if (event.type === EVENT_ID.SCALAR) {
      if (parent?.kind === 'mapping' && parent.expectingKey) {
        const key = getScalarValue(source, event)
        if (PROTOTYPE_KEYS.has(key)) return { code: 'yaml.prototype-key', params: { key }, offset: event.valueStart }
        parent.key = key
      } else if (parent) {
        locations.set(childPath(parent), { offset: event.valueStart, scalar: event })
      }
      if (event.anchorStart >= 0) anchorSizes.set(source.slice(event.anchorStart, event.anchorEnd), 1)
      finishChild(parent, 1)
    } else if (event.type === EVENT_ID.ALIAS) {
      const size = anchorSizes.get(source.slice(event.anchorStart, event.anchorEnd)) ?? 1
      if (parent && !(parent.kind === 'mapping' && parent.expectingKey)) childPath(parent)
      finishChild(parent, size)
    } else {
      const frame = stack.pop()
      if (!frame) continue
      if (frame.size > IMPORT_LIMITS.expandedNodes) {
        return { code: 'yaml.alias-expansion-too-large', params: { limit: IMPORT_LIMITS.expandedNodes }, offset: 0 }
      }
      if (frame.anchor !== '') anchorSizes.set(frame.anchor, frame.size)
      if (frame.kind !== 'document') finishChild(stack[stack.length - 1], frame.size)
    }
  }
  return undefined
}

function errorPosition(error: unknown): number {
  const mark = (error as { mark?: { position?: number } }).mark
  return typeof mark?.position === 'number' ? mark.position : 0
}

// go-yaml (what kubectl uses) accepts continuation lines of a multi-line quoted scalar that are indented
// no deeper than their key (`config: '{` ... `}'` in column 0); js-yaml calls that deficient indentation.
// Leading white space of such lines is folded away, so shifting them right keeps the value and the line numbers.
function parseLeniently(text: string): { events?: Event[]; error?: unknown; text: string; shiftedLines: number; firstShiftedLine?: number } {
  let current = text
  let firstShiftedLine: number | undefined
  let shiftedLines = 0
  let shift = 2
  let lastLine = -1
  // Each retry re-parses the document; bound the total work to a few megabytes of parsing.
  const maxAttempts = Math.min(400, Math.floor(4_000_000 / Math.max(text.length, 1)))
  for (let attempt = 0; ; attempt++) {
    try {
      const events = parseEvents(current, { maxDepth: IMPORT_LIMITS.maxDepth })
      return { events, text: current, shiftedLines, ...(firstShiftedLine !== undefined ? { firstShiftedLine } : {}) }
    } catch (error) {
      const reason = (error as { reason?: string }).reason ?? ''
      const mark = (error as { mark?: { line?: number } }).mark
      if (reason !== 'deficient indentation' || typeof mark?.line !== 'number' || attempt >= maxAttempts || shift > 64) {
        return { error, text: current, shiftedLines }
      }
      if (mark.line === lastLine) shift *= 2
      else shiftedLines++
      lastLine = mark.line
      firstShiftedLine ??= mark.line
      const lines = current.split('\n')
      lines[mark.line] = ' '.repeat(shift) + (lines[mark.line] ?? '')
      current = lines.join('\n')
    }
  }
}

/** Parses one YAML document within the import limits; never throws. */
export function readYamlDocument(text: string): ReadYamlDocument {
  const locations = new Map<string, YamlNodeLocation>()
  if (text.length > IMPORT_LIMITS.documentBytes) {
    const refusal = { code: 'yaml.document-too-large' as const, params: { size: text.length, limit: IMPORT_LIMITS.documentBytes }, offset: 0 }
    return { text, shiftedLines: 0, locations, refusal }
  }
  const parsed = parseLeniently(text)
  const base: ReadYamlDocument = { text: parsed.text, shiftedLines: parsed.shiftedLines, locations }
  if (parsed.firstShiftedLine !== undefined) base.firstShiftedLine = parsed.firstShiftedLine
  if (!parsed.events) {
    const reason = (parsed.error as { reason?: string }).reason ?? String(parsed.error)
    const code = reason.includes('maxDepth') ? 'yaml.nesting-too-deep' : 'yaml.syntax-error'
    return { ...base, refusal: { code, params: { reason, limit: IMPORT_LIMITS.maxDepth }, offset: errorPosition(parsed.error) } }
  }
  const refusal = walkEvents(parsed.events, parsed.text, locations)
  if (refusal) return { ...base, refusal }
  try {
    const [value] = constructFromEvents(parsed.events, { source: parsed.text })
    return { ...base, value }
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? String(error)
    return { ...base, refusal: { code: 'yaml.syntax-error', params: { reason }, offset: errorPosition(error) } }
  }
}
