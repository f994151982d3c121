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
  // Fast (single-line plain) scalars are their own source text; none shorter than `__proto__` can be one.
  if (event.fast && event.valueEnd - event.valueStart < 9) return false
  return PROTOTYPE_KEYS.has(getScalarValue(source, event))
}

// One pass over the events: the end of every collection (so lookups can skip whole subtrees), expanded size
// (aliases count as the size of what they point at), and prototype keys. Returns a refusal, if any.
function walkEvents(events: Event[], source: string, ends: Int32Array): Refusal | undefined {
  const anchorSizes = new Map<string, number>()
  const stack: Frame[] = []
  const finishChild = (parent: Frame | undefined, size: number) => {
    if (!parent) return
    parent.size += size
    if (parent.kind === 'mapping') parent.expectingKey = !parent.expectingKey
  }
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as Event
    const parent = stack[stack.length - 1]
    if (event.type === EVENT_ID.DOCUMENT) {
      stack.push({ kind: 'document', start: index, size: 0, anchor: '', expectingKey: false })
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const anchor = event.anchorStart >= 0 ? source.slice(event.anchorStart, event.anchorEnd) : ''
      stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', start: index, size: 1, anchor, expectingKey: true })
    } else if (event.type === EVENT_ID.SCALAR) {
      if (parent?.kind === 'mapping' && parent.expectingKey && isPrototypeKey(source, event)) {
        return { code: 'yaml.prototype-key', params: { key: getScalarValue(source, event) }, offset: event.valueStart }
      }
      if (event.anchorStart >= 0) anchorSizes.set(source.slice(event.anchorStart, event.anchorEnd), 1)
      finishChild(parent, 1)
    } else if (event.type === EVENT_ID.ALIAS) {
      finishChild(parent, anchorSizes.get(source.slice(event.anchorStart, event.anchorEnd)) ?? 1)
    } else {
      const frame = stack.pop()
      if (!frame) continue
      ends[frame.start] = index + 1
      if (frame.size > IMPORT_LIMITS.expandedNodes) {
        return { code: 'yaml.alias-expansion-too-large', params: { limit: IMPORT_LIMITS.expandedNodes }, offset: 0 }
      }
      if (frame.anchor !== '') anchorSizes.set(frame.anchor, frame.size)
      if (frame.kind !== 'document') finishChild(stack[stack.length - 1], frame.size)
    }
  }
  return undefined
}

// Node lookups walk the events on demand: an import needs the lines of a handful of nodes per object, and only
// for objects with findings, so indexing every node up front would cost more than all the lookups together.
function eventLocator(events: Event[], source: string, ends: Int32Array): ReadYamlDocument['locate'] {
  const after = (index: number) => {
    const type = events[index]?.type
    return type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE ? (ends[index] ?? events.length) : index + 1
  }
  return (path) => {
    if (events[0]?.type !== EVENT_ID.DOCUMENT) return undefined
    let node = 1
    for (const segment of path) {
      const event = events[node]
      const end = (ends[node] ?? events.length) - 1
      let found = -1
      if (event?.type === EVENT_ID.MAPPING) {
        // Duplicate keys: the last one wins, as in the constructed value.
        for (let key = node + 1; key < end; ) {
          const value = after(key)
          const keyEvent = events[key]
          if (keyEvent?.type === EVENT_ID.SCALAR && getScalarValue(source, keyEvent) === String(segment)) found = value
          key = after(value)
        }
      } else if (event?.type === EVENT_ID.SEQUENCE) {
        const wanted = Number(segment)
        let child = node + 1
        for (let i = 0; i < wanted && child < end; i++) child = after(child)
        if (Number.isInteger(wanted) && wanted >= 0 && child < end) found = child
      }
      if (found < 0) return undefined
      node = found
    }
    const event = events[node]
    if (event?.type === EVENT_ID.SCALAR) return { offset: event.valueStart, scalar: event }
    if (event?.type === EVENT_ID.MAPPING || event?.type === EVENT_ID.SEQUENCE) return { offset: event.start }
    return undefined
  }
}

/**
 * Checks one document's events (starting at its document event) against the import limits and prototype keys,
 * and gives a locator for its nodes; offsets are those of the events (in whatever text they were parsed from).
 */
export function indexYamlEvents(events: Event[], source: string): { refusal?: Refusal; locate: ReadYamlDocument['locate'] } {
  const ends = new Int32Array(events.length)
  const refusal = walkEvents(events, source, ends)
  return refusal ? { refusal, locate: () => undefined } : { locate: eventLocator(events, source, ends) }
}
