import { emptyProject, type Project } from '../project/model'
import { asRecord, report, type DocumentContext } from './document-context'
import type { Finding, ObjectOrigin } from './import-finding'
import { manifestFinding } from './import-finding'
import { buildPassThroughObject } from './pass-through-object'
import { readNetworkDocument } from './read-network-document'
import { readWorkloadDocument, WITHOUT_NETWORKS, WORKLOAD_KINDS } from './read-workload-document'
import { IMPORT_LIMITS, readYamlDocument } from './read-yaml-document'
import { readYamlStream } from './read-yaml-stream'
import { splitYamlDocuments } from './split-yaml-documents'

export type { Finding, ObjectOrigin } from './import-finding'

/** What an import understood: the project, the findings, and where each object came from. */
export interface ImportResult {
  project: Project
  findings: Finding[]
  /** Object id → source and lines, to place later findings (validateProject's) on the right line. */
  origins: Record<string, ObjectOrigin>
}

function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }
}

/** Input line of an offset in a chunk's own text (a copy re-parsed on its own), given the chunk's first line. */
function chunkLineAt(firstLine: number, text: string): (offset: number) => number {
  const lineInChunk = lineIndex(text)
  return (offset) => firstLine + lineInChunk(offset) - 1
}

/** What readObject adds to: the project and the NAD names seen (for duplicates). */
interface ReadTarget {
  project: Project
  seen: Map<string, number>
}

function passThrough(context: DocumentContext, object: Record<string, unknown>, kind: string, line: number, target: ReadTarget): void {
  const origin = { ...(context.source !== undefined && { source: context.source }), line }
  target.project.passThrough.push({ ...buildPassThroughObject(context, object, kind), origin })
}

function readObject(context: DocumentContext, object: Record<string, unknown>, target: ReadTarget): void {
  const { project, seen } = target
  const kind = typeof object.kind === 'string' ? object.kind : undefined
  const name = String(asRecord(object.metadata)?.name ?? '')
  const line = context.lineAt(context.read.locate(context.basePath)?.offset ?? 0)
  if (kind === undefined) {
    report(context, 'import.missing-kind', {}, line)
  } else if (kind === 'NetworkAttachmentDefinition') {
    const network = readNetworkDocument(context, object)
    const key = `${network.namespace}/${network.name}`
    if (seen.has(key)) report(context, 'nad.duplicate', { namespace: network.namespace, name: network.name, firstLine: seen.get(key) ?? 0 }, line, { kind: 'network', id: network.id }, 'name')
    else seen.set(key, line)
    project.networks.push(network)
  } else if (kind === 'Network' && String(object.apiVersion ?? '').startsWith('kubernetes.com/')) {
    report(context, 'import.legacy-network-object', { apiVersion: String(object.apiVersion) }, line)
  } else if (WORKLOAD_KINDS[kind] !== undefined) {
    const workload = readWorkloadDocument(context, object, kind)
    if (workload === WITHOUT_NETWORKS) passThrough(context, object, kind, line, target)
    else if (workload) project.workloads.push(workload)
  } else if (kind === 'List' || kind.endsWith('List')) {
    const items = Array.isArray(object.items) ? object.items : []
    items.forEach((item, index) => {
      const itemContext = { ...context, basePath: [...context.basePath, 'items', index] }
      const record = asRecord(item)
      if (record) readObject(itemContext, record, target)
    })
  } else {
    passThrough(context, object, kind, line, target)
    report(context, 'import.kind-passed-through', { kind, name }, line)
  }
}

/** How to import: `source` names the input in findings; `keepManifests: false` skips keeping workload manifests. */
export interface ImportOptions {
  source?: string
  /** Default true. Only emitting a workload reads its manifest, so a caller that only validates can skip deciding. */
  keepManifests?: boolean
}

/**
 * Imports NADs and workloads from a YAML stream (several documents, `kind: List`). Never throws: hostile or broken
 * documents are refused with findings and the others are kept. Ids are derived from kind, namespace and name.
 * Objects of other kinds, and workloads without networks, are kept in `passThrough` (with an info each).
 */
export function importYaml(text: string, options: ImportOptions = {}): ImportResult {
  const project = emptyProject()
  const findings: Finding[] = []
  const origins: Record<string, ObjectOrigin> = {}
  const source = options.source
  const keepManifests = options.keepManifests ?? true
  if (text.length > IMPORT_LIMITS.totalBytes) {
    const finding = manifestFinding('yaml.input-too-large', { kind: 'project' }, '', { size: text.length, limit: IMPORT_LIMITS.totalBytes }, 1, source)
    return { project, findings: [finding], origins }
  }
  const idCounts = new Map<string, number>()
  const allocateId = (key: string) => {
    const count = (idCounts.get(key) ?? 0) + 1
    idCounts.set(key, count)
    return count === 1 ? key : `${key}#${count}`
  }
  const target: ReadTarget = { project, seen: new Map() }
  const input = text.replace(/^\uFEFF/, '')
  const chunks = splitYamlDocuments(input)
  const stream = readYamlStream(input, chunks)
  const lineInInput = stream ? lineIndex(input) : undefined
  chunks.forEach((chunk, index) => {
    if (index >= IMPORT_LIMITS.documents) {
      if (index === IMPORT_LIMITS.documents) findings.push(manifestFinding('yaml.too-many-documents', { kind: 'project' }, '', { limit: IMPORT_LIMITS.documents }, chunk.line, source))
      return
    }
    const streamed = stream?.[index]
    const read = streamed ?? readYamlDocument(chunk.text)
    const lineAt = streamed && lineInInput ? lineInInput : chunkLineAt(chunk.line, read.text)
    const context: DocumentContext = { source, index, text: read.text, writtenText: chunk.text, read, basePath: [], lineAt, findings, allocateId, origins, keepManifests }
    if (read.shiftedLines > 0 && !read.refusal) report(context, 'yaml.under-indented-quoted-scalar', { lines: read.shiftedLines }, chunk.line + (read.firstShiftedLine ?? 0))
    if (read.refusal) {
      // A parser error at the very end (unclosed bracket) belongs to the document's last line, not the next one.
      let offset = Math.min(read.refusal.offset, read.text.length - 1)
      while (offset > 0 && /\s/.test(read.text[offset] ?? '')) offset--
      report(context, read.refusal.code, read.refusal.params, context.lineAt(offset))
      return
    }
    const object = asRecord(read.value)
    if (!object) {
      if (read.value !== null && read.value !== undefined) report(context, 'yaml.root-not-an-object', { found: Array.isArray(read.value) ? 'list' : typeof read.value }, chunk.line)
      return
    }
    readObject(context, object, target)
  })
  return { project, findings, origins }
}
