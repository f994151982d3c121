import { constructFromEvents, parseEvents, type Event, type ScalarEvent } from 'js-yaml'
import type { IssueParams } from '../validation/issue'
import { IMPORT_LIMITS } from './import-limits'
import { indexYamlEvents } from './index-yaml-events'
import type { MANIFEST_ISSUES } from './manifest-issues'

export { IMPORT_LIMITS } from './import-limits'

/** Where a node of the document starts (offset in the document text); scalars keep their event for decoding maps. */
export interface YamlNodeLocation {
  offset: number
  scalar?: ScalarEvent
}

/** A parsed document: the value and a way to locate any node by path, or the reason it was refused. */
export interface ReadYamlDocument {
  /** The text the offsets refer to: the input, or a copy with under-indented quoted-scalar lines shifted right. */
  text: string
  /** Number of lines that had to be shifted (go-yaml and PyYAML accept them; strict YAML 1.2 does not). */
  shiftedLines: number
  /** 0-based line (in the document) of the first shifted line. */
  firstShiftedLine?: number
  value?: unknown
  /** Location of the node at `path` (mapping keys and sequence indexes) in the first document, if there is one. */
  locate: (path: readonly (string | number)[]) => YamlNodeLocation | undefined
  refusal?: { code: keyof typeof MANIFEST_ISSUES; params: IssueParams; offset: number }
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

// The locator of a document that has no nodes to find.
const NOWHERE: ReadYamlDocument['locate'] = () => undefined

/**
 * Parses one YAML document within the import limits (`maxBytes` may raise the size limit for one document that is
 * known to be a whole list, such as `oc get pods -o yaml`); never throws.
 */
export function readYamlDocument(text: string, maxBytes: number = IMPORT_LIMITS.documentBytes): ReadYamlDocument {
  if (text.length > maxBytes) {
    const refusal = { code: 'yaml.document-too-large' as const, params: { size: text.length, limit: maxBytes }, offset: 0 }
    return { text, shiftedLines: 0, locate: NOWHERE, refusal }
  }
  const parsed = parseLeniently(text)
  const base: ReadYamlDocument = { text: parsed.text, shiftedLines: parsed.shiftedLines, locate: NOWHERE }
  if (parsed.firstShiftedLine !== undefined) base.firstShiftedLine = parsed.firstShiftedLine
  if (!parsed.events) {
    const reason = (parsed.error as { reason?: string }).reason ?? String(parsed.error)
    const code = reason.includes('maxDepth') ? 'yaml.nesting-too-deep' : 'yaml.syntax-error'
    return { ...base, refusal: { code, params: { reason, limit: IMPORT_LIMITS.maxDepth }, offset: errorPosition(parsed.error) } }
  }
  const { refusal, locate } = indexYamlEvents(parsed.events, parsed.text)
  if (refusal) return { ...base, refusal }
  base.locate = locate
  try {
    const [value] = constructFromEvents(parsed.events, { source: parsed.text })
    return { ...base, value }
  } catch (error) {
    const reason = (error as { reason?: string }).reason ?? String(error)
    return { ...base, refusal: { code: 'yaml.syntax-error', params: { reason }, offset: errorPosition(error) } }
  }
}
