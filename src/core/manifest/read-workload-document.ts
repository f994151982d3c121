import type { Workload, WorkloadKind } from '../project/model'
import type { IssueTarget } from '../validation/issue'
import { canUseCommaForm, NETWORKS_ANNOTATION } from './build-networks-annotation'
import { buildDesignerWorkloadObject, podTemplateOf } from './build-workload-object'
import { annotationFieldOffsets } from './annotation-field-offsets'
import { asRecord, lineOf, locate, report, type DocumentContext } from './document-context'
import { findTemplatePlaceholder } from './find-template-placeholder'
import type { ObjectOrigin } from './import-finding'
import { lineOfField } from './line-of-field'
import { parseNetworksAnnotation } from './parse-networks-annotation'
import { buildScalarOffsetMap } from './scalar-line-map'

/** Kinds whose pods the importer reads, and the model kind that counts their pods the same way. */
export const WORKLOAD_KINDS: Record<string, WorkloadKind> = {
  Pod: 'Pod',
  Deployment: 'Deployment',
  StatefulSet: 'StatefulSet',
  DaemonSet: 'DaemonSet',
  ReplicaSet: 'Deployment',
  ReplicationController: 'Deployment',
  Job: 'Deployment',
  CronJob: 'Deployment',
}

function templatePath(kind: string): string[] {
  if (kind === 'Pod') return []
  return kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'template'] : ['spec', 'template']
}

function replicasOf(kind: string, spec: Record<string, unknown> | undefined): number | undefined {
  const jobSpec = kind === 'CronJob' ? asRecord(asRecord(spec?.jobTemplate)?.spec) : spec
  const count = kind === 'Job' || kind === 'CronJob' ? jobSpec?.parallelism : spec?.replicas
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined
}

function hasSelector(spec: Record<string, unknown> | undefined): boolean {
  const selector = asRecord(spec?.selector)
  if (!selector) return false
  const labels = asRecord(selector.matchLabels)
  const expressions = selector.matchExpressions
  return (labels !== undefined && Object.keys(labels).length > 0) || (Array.isArray(expressions) && expressions.length > 0)
}

// JSON.stringify(a) === JSON.stringify(b) for parsed YAML against a designer object (finite numbers, no undefined),
// without building either string: key order counts, as it does in the JSON.
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
    return true
  }
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  for (let i = 0; i < aKeys.length; i++) {
    const key = aKeys[i] as string
    if (key !== bKeys[i] || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}

/** What readWorkloadDocument says of a workload whose pods carry no networks annotation: keep it as it is. */
export const WITHOUT_NETWORKS = 'without-networks'

/**
 * Reads a Pod or controller whose pods carry the networks annotation; WITHOUT_NETWORKS (with an info) when they
 * carry none, undefined (with an error) when the annotation is unusable.
 */
export function readWorkloadDocument(context: DocumentContext, object: Record<string, unknown>, kind: string): Workload | typeof WITHOUT_NETWORKS | undefined {
  const metadata = asRecord(object.metadata) ?? {}
  const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? metadata.generateName : ''
  const namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : 'default'
  let annotationPath = [...templatePath(kind), 'metadata', 'annotations', NETWORKS_ANNOTATION]
  let value = asRecord(asRecord(podTemplateOf(object)?.metadata)?.annotations)?.[NETWORKS_ANNOTATION]
  const line = lineOf(context, [])
  // A common slip: the annotation on the controller itself, which its pods never inherit.
  const onController = kind !== 'Pod' && (value === undefined || value === null) && typeof asRecord(metadata.annotations)?.[NETWORKS_ANNOTATION] === 'string'
  if (onController) {
    annotationPath = ['metadata', 'annotations', NETWORKS_ANNOTATION]
    value = asRecord(metadata.annotations)?.[NETWORKS_ANNOTATION]
  }
  if (value === undefined || value === null) {
    report(context, 'import.workload-without-networks', { kind, name }, line)
    return WITHOUT_NETWORKS
  }
  if (typeof value !== 'string') {
    report(context, 'workload.annotation-not-a-string', { found: Array.isArray(value) ? 'list' : typeof value }, lineOf(context, annotationPath))
    return undefined
  }
  const modelKind = WORKLOAD_KINDS[kind] ?? 'Pod'
  const id = context.allocateId(`workload:${kind}:${namespace}/${name}`)
  const target: IssueTarget = { kind: 'workload', id }
  const parsed = parseNetworksAnnotation(value, namespace)
  const annotationValue = value
  // Worked out on the first finding that needs them: most workloads have none, some have many.
  let annotationLine: number | undefined
  let jsonLine: ((path: string) => number | undefined) | undefined
  const lineOfJsonField = (path: string): number | undefined => {
    if (!jsonLine) {
      // Entries of a JSON-form annotation sit on lines of their own when it spans several.
      const scalar = parsed.form === 'json' ? locate(context, annotationPath)?.scalar : undefined
      const newline = scalar ? context.text.indexOf('\n', scalar.valueStart) : -1
      if (!scalar) {
        jsonLine = () => undefined
      } else if (newline < 0 || newline >= scalar.valueEnd) {
        // All on the annotation's line, where every entry and its parents would lead: no need to parse it again.
        const line = context.lineAt(scalar.valueStart)
        jsonLine = (field) => (field.startsWith('attachments.') ? line : undefined)
      } else {
        const toDocumentOffset = buildScalarOffsetMap(context.text, scalar, annotationValue)
        const fields = annotationFieldOffsets(annotationValue)
        jsonLine = (field) => {
          const offset = fields.get(field)
          return offset === undefined ? undefined : context.lineAt(toDocumentOffset(offset))
        }
      }
    }
    return jsonLine(path)
  }
  const origin: ObjectOrigin = {
    ...(context.source !== undefined ? { source: context.source } : {}),
    line,
    fieldLine: (path) => {
      if (path === 'name' || path === 'namespace') return lineOf(context, ['metadata', path])
      if (path === 'attachments') return (annotationLine ??= lineOf(context, annotationPath))
      if (path === 'replicas') return lineOf(context, ['spec', 'replicas'])
      return lineOfJsonField(path)
    },
  }
  context.origins[id] = origin
  const workload: Workload = { id, kind: modelKind, name, namespace, attachments: parsed.attachments }
  const spec = asRecord(object.spec)
  const replicas = replicasOf(kind, spec)
  if (replicas !== undefined && modelKind !== 'Pod' && modelKind !== 'DaemonSet') workload.replicas = replicas
  if (parsed.form === 'json' && canUseCommaForm(workload)) workload.preferJsonAnnotation = true
  // A manifest the designer itself wrote carries nothing more than the model; keeping it would only pin it.
  if (context.keepManifests && !sameJson(object, buildDesignerWorkloadObject(workload))) workload.manifest = object
  if (name === '') report(context, 'workload.missing-name', { kind }, line, target, 'name')
  if (onController) report(context, 'workload.annotation-not-on-pod-template', { kind, name }, lineOf(context, annotationPath), target, 'attachments')
  if (kind !== modelKind) report(context, 'import.workload-kind-approximated', { kind, name, as: modelKind }, line, target)
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'].includes(kind) && !hasSelector(spec)) {
    report(context, 'workload.selector-empty', { kind, name }, lineOf(context, ['spec', 'selector']), target, 'manifest.spec.selector')
  }
  const placeholder = findTemplatePlaceholder(`${name} ${namespace} ${value}`)
  if (placeholder) report(context, 'import.unrendered-template', { value: placeholder.text }, line, target, 'name')
  for (const issue of parsed.issues) report(context, issue.code, issue.params, lineOfField(origin, issue.field), target, issue.field, issue.severity)
  return workload
}
