import { EVENT_ID, getScalarValue, type Event, type ScalarEvent } from 'js-yaml'
import { IMPORT_LIMITS } from './import-limits'
import type { ReadYamlDocument } from './read-yaml-document'

type Refusal = NonNullable<ReadYamlDocument['refusal']>

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

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

// Open collections during the walk, innermost last, as parallel arrays (no object per collection): the index of the
// opening event, expanded size so far, anchor, and for mappings whether a key comes next. Reused across documents.
const frameStarts: number[] = []
const frameSizes: number[] = []
const frameAnchors: string[] = []
const frameKinds: number[] = []
const frameKeyNext: boolean[] = []

// One pass over the events: the table, with the end of every collection (so lookups can skip whole subtrees),
// expanded size (aliases count as the size of what they point at), and prototype keys. Returns a refusal, if any.
function walkEvents(events: readonly Event[], from: number, to: number, source: string, table: Int32Array): Refusal | undefined {
  let anchorSizes: Map<string, number> | undefined
  let depth = 0
  // A finished child of the innermost collection: add its size, and in a mapping switch between key and value.
  const finishChild = (size: number) => {
    if (depth === 0) return
    frameSizes[depth - 1]! += size
    if (frameKinds[depth - 1] === EVENT_ID.MAPPING) frameKeyNext[depth - 1] = !frameKeyNext[depth - 1]
  }
  for (let index = 0; index < to - from; index++) {
    const event = events[from + index] as Event
    const at = index * STRIDE
    table[at] = event.type
    if (event.type === EVENT_ID.SCALAR) {
      if (depth > 0 && frameKinds[depth - 1] === EVENT_ID.MAPPING && frameKeyNext[depth - 1] && isPrototypeKey(source, event)) {
        return { code: 'yaml.prototype-key', params: { key: getScalarValue(source, event) }, offset: event.valueStart }
      }
      table[at + 1] = event.valueStart
      table[at + 2] = event.valueEnd
      table[at + 3] = event.style
      table[at + 4] = event.indent
      table[at + 5] = event.chomping * 2 + (event.fast ? 1 : 0)
      if (event.anchorStart >= 0) (anchorSizes ??= new Map()).set(source.slice(event.anchorStart, event.anchorEnd), 1)
      finishChild(1)
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE || event.type === EVENT_ID.DOCUMENT) {
      const collection = event.type !== EVENT_ID.DOCUMENT
      if (collection) table[at + 1] = event.start
      frameStarts[depth] = index
      frameSizes[depth] = collection ? 1 : 0
      frameAnchors[depth] = collection && event.anchorStart >= 0 ? source.slice(event.anchorStart, event.anchorEnd) : ''
      frameKinds[depth] = event.type
      frameKeyNext[depth] = true
      depth++
    } else if (event.type === EVENT_ID.ALIAS) {
      finishChild(anchorSizes?.get(source.slice(event.anchorStart, event.anchorEnd)) ?? 1)
    } else {
      if (depth === 0) continue
      depth--
      const size = frameSizes[depth]!
      table[frameStarts[depth]! * STRIDE + 6] = index + 1
      if (size > IMPORT_LIMITS.expandedNodes) {
        return { code: 'yaml.alias-expansion-too-large', params: { limit: IMPORT_LIMITS.expandedNodes }, offset: 0 }
      }
      if (frameAnchors[depth] !== '') (anchorSizes ??= new Map()).set(frameAnchors[depth]!, size)
      if (frameKinds[depth] !== EVENT_ID.DOCUMENT) finishChild(size)
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

const typeAt = (table: Int32Array, index: number) => table[index * STRIDE] ?? 0
const isCollection = (table: Int32Array, index: number) => typeAt(table, index) === EVENT_ID.MAPPING || typeAt(table, index) === EVENT_ID.SEQUENCE
// The index just after a node: past a collection's end, else the next event.
const after = (table: Int32Array, index: number) => (isCollection(table, index) ? (table[index * STRIDE + 6] ?? table.length / STRIDE) : index + 1)

function keyIs(table: Int32Array, source: string, index: number, segment: string): boolean {
  const at = index * STRIDE
  const start = table[at + 1] ?? -1
  const end = table[at + 2] ?? -1
  // A fast scalar is its source text: compare in place rather than decode.
  if (start >= 0 && ((table[at + 5] ?? 0) & 1) === 1) return end - start === segment.length && source.startsWith(segment, start)
  return getScalarValue(source, scalarAt(table, index)) === segment
}

// Node lookups walk the events on demand: an import needs the lines of a handful of nodes per object, and only
// for objects with findings, so indexing every node up front would cost more than all the lookups together.
function tableLocator(table: Int32Array, source: string): ReadYamlDocument['locate'] {
  const count = table.length / STRIDE
  return (path) => {
    if (typeAt(table, 0) !== EVENT_ID.DOCUMENT) return undefined
    let node = 1
    for (const segment of path) {
      const end = (isCollection(table, node) ? (table[node * STRIDE + 6] ?? count) : count) - 1
      let found = -1
      if (typeAt(table, node) === EVENT_ID.MAPPING) {
        const wanted = String(segment)
        // Duplicate keys: the last one wins, as in the constructed value.
        for (let key = node + 1; key < end; ) {
          const value = after(table, key)
          if (typeAt(table, key) === EVENT_ID.SCALAR && keyIs(table, source, key, wanted)) found = value
          key = after(table, value)
        }
      } else if (typeAt(table, node) === EVENT_ID.SEQUENCE) {
        const wanted = Number(segment)
        let child = node + 1
        for (let i = 0; i < wanted && child < end; i++) child = after(table, child)
        if (Number.isInteger(wanted) && wanted >= 0 && child < end) found = child
      }
      if (found < 0) return undefined
      node = found
    }
    if (typeAt(table, node) === EVENT_ID.SCALAR) return { offset: table[node * STRIDE + 1] ?? 0, scalar: scalarAt(table, node) }
    if (isCollection(table, node)) return { offset: table[node * STRIDE + 1] ?? 0 }
    return undefined
  }
}

/** Room for the tables of every document of a stream, which indexYamlEvents fills one document at a time. */
export function streamEventTable(events: readonly Event[]): Int32Array {
  return new Int32Array(events.length * STRIDE)
}

/**
 * Checks one document's events (`from` is its document event, `to` just after its end) against the import limits
 * and prototype keys, and gives a locator for its nodes; offsets are those of the events (in the text they were
 * parsed from). `streamTable` (from streamEventTable) saves allocating a table per document.
 */
export function indexYamlEvents(events: readonly Event[], source: string, from = 0, to = events.length, streamTable?: Int32Array): { refusal?: Refusal; locate: ReadYamlDocument['locate'] } {
  const table = streamTable ? streamTable.subarray(from * STRIDE, to * STRIDE) : new Int32Array((to - from) * STRIDE)
  const refusal = walkEvents(events, from, to, source, table)
  return refusal ? { refusal, locate: () => undefined } : { locate: tableLocator(table, source) }
}
