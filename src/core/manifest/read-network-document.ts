import { parseCniConfigTree } from '../cni/parse-cni-config'
import type { Network } from '../project/model'
import type { IssueTarget } from '../validation/issue'
import { configFieldOffsets } from './config-field-lines'
import { asRecord, lineOf, locate, report, stringMap, type DocumentContext } from './document-context'
import { findTemplatePlaceholder } from './find-template-placeholder'
import type { ObjectOrigin } from './import-finding'
import { lineOfField } from './line-of-field'
import { buildScalarOffsetMap } from './scalar-line-map'

function describe(value: unknown): string {
  return Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value === 'object' ? 'mapping' : typeof value
}

/** Line of a spec.config field by normalised model path, worked out when a finding needs it. */
type FieldLine = (path: string) => number | undefined

// spec.config: parse it as the plugins would, and give every finding and field the line it sits on.
function readConfig(context: DocumentContext, network: Network, configText: string, target: IssueTarget, origin: ObjectOrigin): FieldLine {
  let lines: { config: number; oneLine: boolean; at: (offset: number) => number } | undefined
  // Worked out on the first finding that needs a line inside the config.
  const configLines = () => {
    if (!lines) {
      const scalar = locate(context, ['spec', 'config'])?.scalar
      const config = lineOf(context, ['spec', 'config'])
      const newline = scalar ? context.text.indexOf('\n', scalar.valueStart) : -1
      const oneLine = !scalar || newline < 0 || newline >= scalar.valueEnd
      const toDocumentOffset = scalar && !oneLine ? buildScalarOffsetMap(context.text, scalar, configText) : undefined
      lines = { config, oneLine, at: (offset) => (toDocumentOffset ? context.lineAt(toDocumentOffset(offset)) : config) }
    }
    return lines
  }
  const lineAtConfigOffset = (offset: number): number => configLines().at(offset)
  const { parsed, root: tree } = parseCniConfigTree(configText)
  // Kept only until the first line look-up inside the config turns it into offsets.
  let root = tree
  if (parsed.config) network.config = parsed.config
  if (parsed.conflist) network.conflist = parsed.conflist
  if (!parsed.config) network.configText = configText
  let offsets: Map<string, number> | undefined
  const configFieldLine: FieldLine = (path) => {
    if (path === 'config') return configLines().config
    // A config on one line: every field, and `config` where a missing one leads, is on that line.
    if (path.startsWith('config.') && configLines().oneLine) return configLines().config
    if (!offsets) {
      offsets = configFieldOffsets(configText, root)
      root = undefined
    }
    const offset = offsets.get(path)
    return offset === undefined ? undefined : lineAtConfigOffset(offset)
  }
  for (const issue of parsed.issues) {
    const line = issue.offset !== undefined ? lineAtConfigOffset(issue.offset) : lineOfField(origin, issue.field)
    context.findings.push({ code: issue.code, severity: issue.severity, target, field: issue.field, params: issue.params, line, ...(context.source !== undefined ? { source: context.source } : {}) })
  }
  const placeholder = findTemplatePlaceholder(configText)
  if (placeholder) report(context, 'import.unrendered-template', { value: placeholder.text }, lineAtConfigOffset(placeholder.offset), target, 'config')
  return configFieldLine
}

/** Reads a NetworkAttachmentDefinition object into a Network, reporting what Multus and the API server would. */
export function readNetworkDocument(context: DocumentContext, object: Record<string, unknown>): Network {
  const metadata = asRecord(object.metadata) ?? {}
  const topName = typeof object.name === 'string' ? object.name : undefined
  const name = typeof metadata.name === 'string' ? metadata.name : (topName ?? '')
  const topNamespace = typeof object.namespace === 'string' ? object.namespace : undefined
  const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : (topNamespace ?? 'default')
  const id = context.allocateId(`network:${namespace}/${name}`)
  const network: Network = { id, name, namespace }
  const labels = stringMap(metadata.labels)
  if (labels && Object.keys(labels).length > 0) network.labels = labels
  const annotations = stringMap(metadata.annotations)
  if (annotations && Object.keys(annotations).length > 0) network.annotations = annotations
  const line = lineOf(context, [])
  let configFieldLine: FieldLine | undefined
  const origin: ObjectOrigin = {
    ...(context.source !== undefined ? { source: context.source } : {}),
    line,
    fieldLine: (path) => (path === 'name' || path === 'namespace' ? lineOf(context, ['metadata', path]) : configFieldLine?.(path)),
  }
  context.origins[id] = origin
  const target: IssueTarget = { kind: 'network', id }
  if (object.apiVersion !== 'k8s.cni.cncf.io/v1') report(context, 'nad.wrong-api-version', { apiVersion: String(object.apiVersion ?? '') }, lineOf(context, ['apiVersion']), target)
  if (typeof metadata.name !== 'string' || metadata.name === '') report(context, 'nad.missing-name', {}, line, target, 'name')
  for (const key of ['name', 'namespace'] as const) {
    if (object[key] !== undefined) report(context, 'nad.name-outside-metadata', { key }, lineOf(context, [key]), target, key)
  }
  const namePlaceholder = findTemplatePlaceholder(`${name} ${namespace}`)
  if (namePlaceholder) report(context, 'import.unrendered-template', { value: namePlaceholder.text }, lineOf(context, ['metadata', 'name']), target, 'name')
  const config = asRecord(object.spec)?.config
  if (typeof config === 'string' && config.trim() !== '') {
    configFieldLine = readConfig(context, network, config, target, origin)
  } else if (config !== undefined && config !== null && typeof config !== 'string') {
    report(context, 'nad.config-not-a-string', { found: describe(config) }, lineOf(context, ['spec', 'config']), target, 'config')
  } else {
    report(context, 'nad.missing-spec-config', { name }, lineOf(context, ['spec']), target, 'config')
  }
  return network
}
