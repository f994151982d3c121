import { ISSUE_CATALOGUE } from '../validation/catalogue'
import type { Issue } from '../validation/issue'
import { asRecord, stringMap } from './document-context'
import { IMPORT_LIMITS } from './import-limits'
import { readYamlDocument } from './read-yaml-document'
import { splitYamlDocuments } from './split-yaml-documents'

/** The annotation Multus writes on every pod it attached. */
export const NETWORK_STATUS_ANNOTATION = 'k8s.v1.cni.cncf.io/network-status'

/** A controller that owns a pod (metadata.ownerReferences). */
export interface PodOwner {
  kind: string
  name: string
}

/** A pod as `oc get pod -o yaml` shows it, reduced to what the comparison needs. */
export interface RunningPod {
  namespace: string
  name: string
  generateName?: string
  labels: Record<string, string>
  owners: PodOwner[]
  /** The network-status annotation as written; undefined when the pod has none. */
  networkStatus?: string
}

function readPod(object: Record<string, unknown>): RunningPod {
  const metadata = asRecord(object.metadata) ?? {}
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined)
  const owners = (Array.isArray(metadata.ownerReferences) ? metadata.ownerReferences : []).flatMap((reference: unknown) => {
    const record = asRecord(reference)
    const kind = text(record?.kind)
    const name = text(record?.name)
    return kind !== undefined && name !== undefined ? [{ kind, name }] : []
  })
  const pod: RunningPod = { namespace: text(metadata.namespace) || 'default', name: text(metadata.name) ?? '', labels: stringMap(metadata.labels) ?? {}, owners }
  const generateName = text(metadata.generateName)
  if (generateName !== undefined) pod.generateName = generateName
  const status = stringMap(metadata.annotations)?.[NETWORK_STATUS_ANNOTATION]
  if (status !== undefined) pod.networkStatus = status
  return pod
}

function collectPods(value: unknown, pods: RunningPod[]): void {
  const object = asRecord(value)
  if (object?.kind === 'Pod') pods.push(readPod(object))
  else if (object && Array.isArray(object.items)) for (const item of object.items) collectPods(item, pods)
}

function inputIssue(code: string, params: Issue['params']): Issue {
  return { code, severity: ISSUE_CATALOGUE[code]?.severity ?? 'error', target: { kind: 'project' }, field: '', params }
}

/**
 * The pods in the output of `oc get pod NAME -o yaml`, `oc get pods -A -o yaml` (a List) or several of them, as
 * YAML or JSON. Never throws: within the import limits, unreadable documents are reported and the rest read.
 */
export function readRunningPods(text: string): { pods: RunningPod[]; issues: Issue[] } {
  if (text.length > IMPORT_LIMITS.totalBytes) {
    return { pods: [], issues: [inputIssue('yaml.input-too-large', { size: text.length, limit: IMPORT_LIMITS.totalBytes })] }
  }
  const pods: RunningPod[] = []
  const issues: Issue[] = []
  const chunks = splitYamlDocuments(text.replace(/^\uFEFF/, ''))
  for (const chunk of chunks.slice(0, IMPORT_LIMITS.documents)) {
    // One pod list is one document, so it may take the whole input allowance.
    const read = readYamlDocument(chunk.text, IMPORT_LIMITS.totalBytes)
    if (read.refusal) issues.push(inputIssue(read.refusal.code, read.refusal.params))
    else collectPods(read.value, pods)
  }
  if (pods.length === 0 && issues.length === 0) issues.push(inputIssue('drift.no-pods', {}))
  return { pods, issues }
}
