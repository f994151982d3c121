import { isRecord } from '../cni/encode-fields'
import type { Issue } from '../validation/issue'
import { MICROSHIFT_417_PLATFORM, type Attachment, type HostNic, type PassThroughObject, type PassThroughOrigin, type Platform, type Project, type Workload, type WorkloadKind } from './model'
import { readStoredNetwork } from './read-stored-network'
import { isString, isStringList, StoredValueReader } from './stored-value-reader'

const WORKLOAD_KINDS = new Set<unknown>(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet'] satisfies WorkloadKind[])
const isNumber = (value: unknown): value is number => typeof value === 'number'
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'

function readAttachment(value: unknown, field: string, reader: StoredValueReader): Attachment | undefined {
  if (!isRecord(value) || !isString(value.network)) return undefined
  const attachment: Attachment = { network: value.network }
  for (const key of ['namespace', 'interface', 'mac'] as const) {
    const text = reader.optional(value[key], `${field}.${key}`, isString)
    if (text !== undefined) attachment[key] = text
  }
  for (const key of ['ips', 'defaultRoute'] as const) {
    const list = reader.optional(value[key], `${field}.${key}`, isStringList)
    if (list !== undefined) attachment[key] = list
  }
  const extra = reader.optional(value.extra, `${field}.extra`, isRecord)
  if (extra !== undefined) attachment.extra = extra
  return attachment
}

function readWorkload(value: unknown, field: string, reader: StoredValueReader): Workload | undefined {
  if (!isRecord(value) || !isString(value.id) || !isString(value.name) || !isString(value.namespace) || !WORKLOAD_KINDS.has(value.kind)) return undefined
  const attachments = reader.list(value.attachments, `${field}.attachments`, (item, path) => readAttachment(item, path, reader))
  const workload: Workload = { id: value.id, kind: value.kind as WorkloadKind, name: value.name, namespace: value.namespace, attachments }
  const replicas = reader.optional(value.replicas, `${field}.replicas`, isNumber)
  if (replicas !== undefined) workload.replicas = replicas
  const preferJson = reader.optional(value.preferJsonAnnotation, `${field}.preferJsonAnnotation`, isBoolean)
  if (preferJson !== undefined) workload.preferJsonAnnotation = preferJson
  const manifest = reader.optional(value.manifest, `${field}.manifest`, isRecord)
  if (manifest !== undefined) workload.manifest = manifest
  return workload
}

function readHostNic(value: unknown, field: string, reader: StoredValueReader): HostNic | undefined {
  if (!isRecord(value) || !isString(value.name)) return undefined
  const nic: HostNic = {
    name: value.name,
    mtu: reader.optional(value.mtu, `${field}.mtu`, isNumber) ?? 1500,
    primary: reader.optional(value.primary, `${field}.primary`, isBoolean) ?? false,
  }
  const addresses = reader.optional(value.addresses, `${field}.addresses`, isStringList)
  if (addresses !== undefined) nic.addresses = addresses
  return nic
}

// The text is what the bundle applies; without it (or a kind and name to list it by) the entry is worth nothing.
function readPassThrough(value: unknown, field: string, reader: StoredValueReader): PassThroughObject | undefined {
  if (!isRecord(value) || !isString(value.kind) || !isString(value.name) || !isString(value.text)) return undefined
  const object: PassThroughObject = { kind: value.kind, name: value.name, text: value.text }
  const namespace = reader.optional(value.namespace, `${field}.namespace`, isString)
  if (namespace !== undefined) object.namespace = namespace
  const origin = reader.optional(value.origin, `${field}.origin`, isOrigin)
  if (origin !== undefined) object.origin = origin.source === undefined ? { line: origin.line } : { source: origin.source, line: origin.line }
  return object
}

function isOrigin(value: unknown): value is PassThroughOrigin {
  return isRecord(value) && Number.isInteger(value.line) && (value.source === undefined || isString(value.source))
}

function readPlatform(value: unknown, reader: StoredValueReader): Platform {
  const platform = reader.optional(value, 'platform', isRecord) ?? {}
  if (platform.target !== undefined && platform.target !== MICROSHIFT_417_PLATFORM.target) reader.report('project-file.value-repaired', 'platform.target')
  const cidrs = (key: 'clusterNetwork' | 'serviceNetwork') => reader.optional(platform[key], `platform.${key}`, isStringList) ?? [...MICROSHIFT_417_PLATFORM[key]]
  return { target: MICROSHIFT_417_PLATFORM.target, clusterNetwork: cidrs('clusterNetwork'), serviceNetwork: cidrs('serviceNetwork') }
}

// Edits and jumps find networks and workloads by id, so a repeated id (a hand-edited file) gets a suffix. Applied to
// each entry as it is read, so a repair names the entry's place in the file even after a dropped one.
function uniqueIds(stored: unknown, reader: StoredValueReader): <T extends { id: string }>(item: T | undefined, path: string) => T | undefined {
  const written = new Set(Array.isArray(stored) ? stored.flatMap((item) => (isRecord(item) && isString(item.id) ? [item.id] : [])) : [])
  const used = new Set<string>()
  return (item, path) => {
    if (!item || !used.has(item.id)) {
      if (item) used.add(item.id)
      return item
    }
    let suffix = 2
    while (written.has(`${item.id}-${suffix}`) || used.has(`${item.id}-${suffix}`)) suffix += 1
    const id = `${item.id}-${suffix}`
    used.add(id)
    reader.report('project-file.value-repaired', `${path}.id`)
    return { ...item, id }
  }
}

/**
 * A stored project (already migrated to the current version) with the model's shape: entries without a name or of
 * the wrong type are left out, repeated ids renamed, wrong-typed optional values dropped, missing platform values defaulted; each reported.
 */
export function readStoredProject(stored: Record<string, unknown>): { project: Project; issues: Issue[] } {
  const reader = new StoredValueReader()
  const networkId = uniqueIds(stored.networks, reader)
  const workloadId = uniqueIds(stored.workloads, reader)
  const project: Project = {
    networks: reader.list(stored.networks, 'networks', (item, path) => networkId(readStoredNetwork(item, path, reader), path)),
    workloads: reader.list(stored.workloads, 'workloads', (item, path) => workloadId(readWorkload(item, path, reader), path)),
    hostNics: reader.list(stored.hostNics, 'hostNics', (item, path) => readHostNic(item, path, reader)),
    platform: readPlatform(stored.platform, reader),
    passThrough: reader.list(stored.passThrough, 'passThrough', (item, path) => readPassThrough(item, path, reader)),
  }
  return { project, issues: reader.issues }
}
