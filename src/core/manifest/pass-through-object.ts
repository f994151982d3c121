import type { PassThroughObject } from '../project/model'
import { asRecord, type DocumentContext } from './document-context'
import { dumpManifest } from './emit-nad-yaml'

// A `---` line (with nothing but a comment after it) belongs to the stream, not to the document: the bundle
// writes its own separators. A marker followed by content (`--- {kind: X}`) is part of the document and stays.
const LEADING_MARKER = /^---[ \t]*(#[^\n]*)?\r?\n/

/** The text a document is passed through with: as written, without its leading `---` line, ending in a newline. */
export function passThroughText(written: string): string {
  const text = written.replace(LEADING_MARKER, '')
  return text.endsWith('\n') ? text : `${text}\n`
}

/**
 * An object the importer does not model, kept for the bundle: the document as written, or, for an item of a
 * List (which has no text of its own), the item re-serialised.
 */
export function buildPassThroughObject(context: DocumentContext, object: Record<string, unknown>, kind: string): PassThroughObject {
  const metadata = asRecord(object.metadata)
  const name = typeof metadata?.name === 'string' ? metadata.name : typeof metadata?.generateName === 'string' ? metadata.generateName : ''
  const text = context.basePath.length === 0 ? passThroughText(context.writtenText) : dumpManifest(object)
  const passed: PassThroughObject = { kind, name, text }
  if (typeof metadata?.namespace === 'string' && metadata.namespace !== '') passed.namespace = metadata.namespace
  return passed
}
