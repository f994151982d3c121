import type { IssueParams, IssueTarget, Severity } from '../validation/issue'
import { manifestFinding, type Finding, type ObjectOrigin } from './import-finding'
import type { MANIFEST_ISSUES } from './manifest-issues'
import type { ReadYamlDocument, YamlNodeLocation } from './read-yaml-document'

/** What the kind readers need to know about the document an object came from. */
export interface DocumentContext {
  source: string | undefined
  /** 0-based index of the YAML document in the input. */
  index: number
  /** The document's text (offsets in `read` refer to it). */
  text: string
  /** The document exactly as written in the input (its chunk), for objects passed through unchanged. */
  writtenText: string
  read: ReadYamlDocument
  /** Path of the object inside the document (`['items', 2]` for a List item). */
  basePath: (string | number)[]
  /** 1-based input line of an offset in `text`. */
  lineAt: (offset: number) => number
  findings: Finding[]
  /** Allocates a deterministic id from a readable key (`network:apps/lan-a`, then `#2`, `#3` for repeats). */
  allocateId: (key: string) => string
  origins: Record<string, ObjectOrigin>
  /** Whether workloads keep their manifest when the designer would not write it as is (emit needs it, rules do not). */
  keepManifests: boolean
}

/** Location of a node below the object, or undefined. */
export function locate(context: DocumentContext, path: readonly (string | number)[]): YamlNodeLocation | undefined {
  return context.read.locate(context.basePath.length === 0 ? path : [...context.basePath, ...path])
}

/** 1-based line of a node below the object; the object's own line when the node is not there. */
export function lineOf(context: DocumentContext, path: readonly (string | number)[]): number {
  const location = locate(context, path) ?? locate(context, [])
  return context.lineAt(location?.offset ?? 0)
}

/** Records a finding about the object (or the document when `target` is omitted). */
export function report(
  context: DocumentContext,
  code: keyof typeof MANIFEST_ISSUES,
  params: IssueParams,
  line: number,
  target: IssueTarget = { kind: 'document', index: context.index },
  field = '',
  severity?: Severity,
): void {
  context.findings.push(manifestFinding(code, target, field, params, line, context.source, severity))
}

/** A plain object, or undefined for anything else (null, lists, scalars). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/** String values of a map (labels, annotations); undefined for a missing or null map. */
export function stringMap(value: unknown): Record<string, string> | undefined {
  const record = asRecord(value)
  if (!record) return undefined
  const result: Record<string, string> = {}
  for (const [key, item] of Object.entries(record)) if (typeof item === 'string') result[key] = item
  return result
}
