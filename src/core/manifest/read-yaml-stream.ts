import { constructFromEvents, EVENT_ID, parseEvents, type Event } from 'js-yaml'
import { IMPORT_LIMITS } from './import-limits'
import { indexYamlEvents, streamEventTable } from './index-yaml-events'
import type { ReadYamlDocument } from './read-yaml-document'
import type { YamlChunk } from './split-yaml-documents'

// Where an event sits in the text, or -1 for one without a position (documents, ends, empty scalars).
function positionOf(event: Event | undefined): number {
  switch (event?.type) {
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return event.start
    case EVENT_ID.SCALAR:
      return Math.max(event.valueStart, event.tagStart, event.anchorStart)
    case EVENT_ID.ALIAS:
      return event.anchorStart
    default:
      return -1
  }
}

interface StreamDocument {
  /** Event range [start, end) from the document event to its end. */
  start: number
  end: number
}

function documentsOf(events: Event[]): StreamDocument[] {
  const documents: StreamDocument[] = []
  let depth = 0
  let start = 0
  events.forEach((event, index) => {
    if (event.type === EVENT_ID.POP) {
      depth--
      if (depth === 0) documents.push({ start, end: index + 1 })
    } else if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      if (depth === 0) start = index
      depth++
    }
  })
  return documents
}

// Chunk index → document index, when every chunk holds exactly one document and every document with content
// lies wholly inside one chunk (events come in text order: its first and last positions tell): then each
// document is what parsing its chunk alone gives.
function matchChunks(events: Event[], documents: StreamDocument[], chunks: readonly YamlChunk[]): number[] | undefined {
  const byChunk = new Array<number>(chunks.length).fill(-1)
  let chunkIndex = 0
  for (const [documentIndex, document] of documents.entries()) {
    const root = positionOf(events[document.start + 1])
    if (root < 0) continue
    let last = document.end - 1
    while (positionOf(events[last]) < 0) last--
    const chunkEnd = (chunk: YamlChunk | undefined) => (chunk ? chunk.offset + chunk.text.length : 0)
    while (chunkIndex < chunks.length && root >= chunkEnd(chunks[chunkIndex])) chunkIndex++
    const chunk = chunks[chunkIndex]
    if (!chunk || root < chunk.offset || positionOf(events[last]) >= chunkEnd(chunk) || byChunk[chunkIndex] !== -1) return undefined
    byChunk[chunkIndex] = documentIndex
  }
  return byChunk.includes(-1) ? undefined : byChunk
}

/**
 * Parses a whole YAML stream at once (a parser call per document costs several times more for small documents)
 * and gives each chunk, as splitYamlDocuments cut them, its document with offsets in `text`. Undefined when the
 * stream does not parse as a whole or its documents do not line up one to one with the chunks; an entry is
 * undefined when that chunk needs readYamlDocument anyway (too large, refused, not constructible), which then
 * also reports why, with the chunk's own offsets.
 */
export function readYamlStream(text: string, chunks: readonly YamlChunk[]): (ReadYamlDocument | undefined)[] | undefined {
  // A directive (a line starting with `%`, as /^%/m finds them) belongs to the document after it, which the chunks
  // cut it off from: leave those streams to the chunks.
  if (text.startsWith('%') || ['\n%', '\r%', '\u2028%', '\u2029%'].some((start) => text.includes(start))) return undefined
  let events: Event[]
  try {
    events = parseEvents(text, { maxDepth: IMPORT_LIMITS.maxDepth })
  } catch {
    return undefined
  }
  const documents = documentsOf(events)
  const byChunk = matchChunks(events, documents, chunks)
  if (!byChunk) return undefined
  const table = streamEventTable(events)
  const indexed = chunks.map((chunk, chunkIndex) => {
    const document = documents[byChunk[chunkIndex] ?? -1]
    if (!document || chunk.text.length > IMPORT_LIMITS.documentBytes) return undefined
    const { refusal, locate } = indexYamlEvents(events, text, document.start, document.end, table)
    return refusal ? undefined : { document, locate }
  })
  // Aliases are only expanded once every document passed the size check above.
  let values: unknown[] | undefined
  if (indexed.every((entry) => entry !== undefined)) {
    try {
      values = constructFromEvents(events, { source: text })
    } catch {
      values = undefined
    }
  }
  return indexed.map((entry, chunkIndex) => {
    if (!entry) return undefined
    let value: unknown
    if (values) {
      value = values[byChunk[chunkIndex] ?? -1]
    } else {
      try {
        value = constructFromEvents(events.slice(entry.document.start, entry.document.end), { source: text })[0]
      } catch {
        return undefined
      }
    }
    return { text, shiftedLines: 0, value, locate: entry.locate }
  })
}
