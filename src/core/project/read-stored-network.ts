import { isRecord } from '../cni/encode-fields'
import { parseCniConfig } from '../cni/parse-cni-config'
import { toCniConfig } from '../cni/to-cni-config'
import type { Conflist, Network, PluginConfig } from './model'
import { isString, isStringMap, type StoredValueReader } from './stored-value-reader'

const PLUGIN_TYPES = new Set(['bridge', 'ipvlan', 'macvlan'])
const IPAM_TYPES = new Set(['host-local', 'static', 'dhcp'])

// toCniConfig dispatches on these types, so they must have the model's shape before it can encode the rest.
// (No String() of a stored value: an object whose `toString` is no function makes it throw.)
function hasPluginShape(config: Record<string, unknown>): boolean {
  return config.type === 'foreign' ? isRecord(config.raw) : typeof config.type === 'string' && PLUGIN_TYPES.has(config.type)
}

function hasIpamShape(ipam: unknown): boolean {
  return isRecord(ipam) && (ipam.type === 'foreign' ? isRecord(ipam.raw) : typeof ipam.type === 'string' && IPAM_TYPES.has(ipam.type))
}

function readConflist(value: unknown, field: string, reader: StoredValueReader): Conflist | undefined {
  if (value === undefined) return undefined
  if (!isRecord(value)) {
    reader.report('project-file.value-repaired', field)
    return undefined
  }
  const chain = reader.list(value.chain, `${field}.chain`, (item) => (isRecord(item) ? item : undefined))
  const extra = reader.optional(value.extra, `${field}.extra`, isRecord)
  return { chain, ...(extra ? { extra } : {}) }
}

type ConfigPart = Pick<Network, 'config' | 'conflist'>

// The encoder skips an `extra` that is no object, so comparing the read-back JSON cannot tell it was dropped. The
// model nests at most five levels (config.ipam.ranges.0.0.extra); a deeper stored value is not walked.
function hasStrayExtra(value: unknown, depth = 0): boolean {
  if (depth > 6) return false
  if (Array.isArray(value)) return value.some((item) => hasStrayExtra(item, depth + 1))
  if (!isRecord(value)) return false
  return Object.entries(value).some(([key, item]) => (key === 'extra' ? !isRecord(item) : key !== 'raw' && hasStrayExtra(item, depth + 1)))
}

// The stored config as CNI JSON, or undefined when its plugin type or shape cannot be encoded; a bad ipam is left out.
function encodeStored(network: Network, stored: Record<string, unknown>, field: string, reader: StoredValueReader): string | undefined {
  if (!hasPluginShape(stored)) return undefined
  const { ipam, ...rest } = stored
  const keepsIpam = ipam === undefined || stored.type === 'foreign' || hasIpamShape(ipam)
  if (!keepsIpam) reader.report('project-file.value-repaired', `${field}.config.ipam`)
  const config = (keepsIpam ? stored : rest) as unknown as PluginConfig
  try {
    return JSON.stringify(toCniConfig({ ...network, config }))
  } catch {
    return undefined
  }
}

/**
 * The stored config and conflist as the CNI decoder reads them back from their own JSON, so every key has the type
 * the rules expect. A config that cannot be encoded is left out; one that reads back differently is reported.
 */
function readConfig(network: Network, stored: unknown, field: string, reader: StoredValueReader): ConfigPart {
  const kept: ConfigPart = network.conflist ? { conflist: network.conflist } : {}
  if (stored === undefined) return kept
  const encoded = isRecord(stored) ? encodeStored(network, stored, field, reader) : undefined
  if (encoded === undefined) {
    reader.report('project-file.value-repaired', `${field}.config`)
    return kept
  }
  const { config, conflist } = parseCniConfig(encoded)
  // toCniConfig writes metadata.name where the config has no name of its own; the model keeps that unset.
  if (config && config.type !== 'foreign' && isRecord(stored) && !isString(stored.name)) delete config.name
  const read: ConfigPart = { ...(config ? { config } : {}), ...(conflist ? { conflist } : {}) }
  const readsBack = config && !hasStrayExtra(stored) && JSON.stringify(toCniConfig({ ...network, ...read, conflist })) === encoded
  if (!readsBack) reader.report('project-file.value-repaired', `${field}.config`)
  return read
}

/** A stored network with the model's shape, or undefined when it lacks an id, name or namespace. */
export function readStoredNetwork(value: unknown, field: string, reader: StoredValueReader): Network | undefined {
  if (!isRecord(value) || !isString(value.id) || !isString(value.name) || !isString(value.namespace)) return undefined
  const network: Network = { id: value.id, name: value.name, namespace: value.namespace }
  const labels = reader.optional(value.labels, `${field}.labels`, isStringMap)
  if (labels) network.labels = labels
  const annotations = reader.optional(value.annotations, `${field}.annotations`, isStringMap)
  if (annotations) network.annotations = annotations
  const conflist = readConflist(value.conflist, `${field}.conflist`, reader)
  if (conflist) network.conflist = conflist
  Object.assign(network, readConfig(network, value.config, field, reader))
  const configText = reader.optional(value.configText, `${field}.configText`, isString)
  if (configText !== undefined) network.configText = configText
  return network
}
