import { EVENT_ID, getScalarValue, type Event, type ScalarEvent } from 'js-yaml'
import { IMPORT_LIMITS } from './import-limits'
import type { ReadYamlDocument } from './read-yaml-document'

type Refusal = NonNullable<ReadYamlDocument['refusal']>

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

interface Frame {
  kind: 'document' | 'mapping' | 'sequence'
  /** Index of the frame's opening event. */
  start: number
  size: number
  anchor: string
  expectingKey: boolean
}

function isPrototypeKey(source: string, event: ScalarEvent): boolean {
  // A fast (single-line plain) scalar is its own source text: `__proto__`, `constructor` and `prototype` are 9 or
  // 11 characters long and start with `_`, `c` or `p`; nothing else needs decoding.
  if (event.fast) {
    const length = event.valueEnd - event.valueStart
    const first = source.charCodeAt(event.valueStart)
    if ((length !== 9 && length !== 11) || (first !== 95 && first !== 99 && first !== 112)) return false
  }
  return PROTOTYPE_KEYS.has(getScalarValue(source, event))
}

// Seven numbers per event: type, start (of the node, or of a scalar's value), value end, scalar style, block
// indent, chomping * 2 + fast, and the index after a collection's end. The table is all a lookup needs, and keeping
// it instead of the parser's events lets those die young (the garbage collector copies whatever survives).
const STRIDE = 7

// One pass over the events: the table, with the end of every collection (so lookups can skip whole subtrees),
// expanded size (aliases count as the size of what they point at), and prototype keys. Returns a refusal, if any.
function walkEvents(events: readonly Event[], from: number, to: number, source: string, table: Int32Array): Refusal | undefined {
  const anchorSizes = new Map<string, number>()
  const stack: Frame[] = []
  const finishChild = (parent: Frame | undefined, size: number) => {
    if (!parent) return
    parent.size += size
    if (parent.kind === 'mapping') parent.expectingKey = !parent.expectingKey
  }
  for (let index = 0; index < to - from; index++) {
    const event = events[from + index] as Event
    const parent = stack[stack.length - 1]
    const at = index * STRIDE
    table[at] = event.type
    if (event.type === EVENT_ID.DOCUMENT) {
      stack.push({ kind: 'document', start: index, size: 0, anchor: '', expectingKey: false })
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const anchor = event.anchorStart >= 0 ? source.slice(event.anchorStart, event.anchorEnd) : ''
      table[at + 1] = event.start
      stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', start: index, size: 1, anchor, expectingKey: true })
    } else if (event.type === EVENT_ID.SCALAR) {
      if (parent?.kind === 'mapping' && parent.expectingKey && isPrototypeKey(source, event)) {
        return { code: 'yaml.prototype-key', params: { key: getScalarValue(source, event) }, offset: event.valueStart }
      }
      table[at + 1] = event.valueStart
      table[at + 2] = event.valueEnd
      table[at + 3] = event.style
      table[at + 4] = event.indent
      table[at + 5] = event.chomping * 2 + (event.fast ? 1 : 0)
      if (event.anchorStart >= 0) anchorSizes.set(source.slice(event.anchorStart, event.anchorEnd), 1)
      finishChild(parent, 1)
    } else if (event.type === EVENT_ID.ALIAS) {
      finishChild(parent, anchorSizes.get(source.slice(event.anchorStart, event.anchorEnd)) ?? 1)
    } else {
      const frame = stack.pop()
      if (!frame) continue
      table[frame.start * STRIDE + 6] = index + 1
      if (frame.size > IMPORT_LIMITS.expandedNodes) {
        return { code: 'yaml.alias-expansion-too-large', params: { limit: IMPORT_LIMITS.expandedNodes }, offset: 0 }
      }
      if (frame.anchor !== '') anchorSizes.set(frame.anchor, frame.size)
      if (frame.kind !== 'document') finishChild(stack[stack.length - 1], frame.size)
    }
  }
  return undefined
}

// The scalar event at `index` again, for decoding (its anchor and tag ranges are not kept).
function scalarAt(table: Int32Array, index: number): ScalarEvent {
  const at = index * STRIDE
  const flags = table[at + 5] ?? 0
  return {
    type: EVENT_ID.SCALAR,
    valueStart: table[at + 1] ?? -1,
    valueEnd: table[at + 2] ?? -1,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: (table[at + 3] ?? 1) as ScalarEvent['style'],
    chomping: (flags >> 1) as ScalarEvent['chomping'],
    indent: table[at + 4] ?? 0,
    fast: (flags & 1) === 1,
  }
}

// Node lookups walk the events on demand: an import needs the lines of a handful of nodes per object, and only
// for objects with findings, so indexing every node up front would cost more than all the lookups together.
function tableLocator(table: Int32Array, source: string): ReadYamlDocument['locate'] {
  const count = table.length / STRIDE
  const typeAt = (index: number) => table[index * STRIDE] ?? 0
  const isCollection = (index: number) => typeAt(index) === EVENT_ID.MAPPING || typeAt(index) === EVENT_ID.SEQUENCE
  const after = (index: number) => (isCollection(index) ? (table[index * STRIDE + 6] ?? count) : index + 1)
  const keyIs = (index: number, segment: string) => {
    const at = index * STRIDE
    const start = table[at + 1] ?? -1
    const end = table[at + 2] ?? -1
    // A fast scalar is its source text: compare in place rather than decode.
    if (start >= 0 && ((table[at + 5] ?? 0) & 1) === 1) return end - start === segment.length && source.startsWith(segment, start)
    return getScalarValue(source, scalarAt(table, index)) === segment
  }
  return (path) => {
    if (typeAt(0) !== EVENT_ID.DOCUMENT) return undefined
    let node = 1
    for (const segment of path) {
      const end = (isCollection(node) ? (table[node * STRIDE + 6] ?? count) : count) - 1
      let found = -1
      if (typeAt(node) === EVENT_ID.MAPPING) {
        const wanted = String(segment)
        // Duplicate keys: the last one wins, as in the constructed value.
        for (let key = node + 1; key < end; ) {
          const value = after(key)
          if (typeAt(key) === EVENT_ID.SCALAR && keyIs(key, wanted)) found = value
          key = after(value)
        }
      } else if (typeAt(node) === EVENT_ID.SEQUENCE) {
        const wanted = Number(segment)
        let child = node + 1
        for (let i = 0; i < wanted && child < end; i++) child = after(child)
        if (Number.isInteger(wanted) && wanted >= 0 && child < end) found = child
      }
      if (found < 0) return undefined
      node = found
    }
    if (typeAt(node) === EVENT_ID.SCALAR) return { offset: table[node * STRIDE + 1] ?? 0, scalar: scalarAt(table, node) }
    if (isCollection(node)) return { offset: table[node * STRIDE + 1] ?? 0 }
    return undefined
  }
}

/**
 * Checks one document's events (`from` is its document event, `to` just after its end) against the import limits
 * and prototype keys, and gives a locator for its nodes; offsets are those of the events (in the text they were
 * parsed from).
 */
export function indexYamlEvents(events: readonly Event[], source: string, from = 0, to = events.length): { refusal?: Refusal; locate: ReadYamlDocument['locate'] } {
  const table = new Int32Array((to - from) * STRIDE)
  const refusal = walkEvents(events, from, to, source, table)
  return refusal ? { refusal, locate: () => undefined } : { locate: tableLocator(table, source) }
}
