import { asRecord } from './document-context'

/** One entry of Multus's network-status annotation (its NetworkStatus type), as far as the comparison reads it. */
export interface NetworkStatusEntry {
  /** `ovn-kubernetes` for the cluster network, else `<namespace>/<nad-name>`. */
  name: string
  interface?: string
  ips: string[]
  mac?: string
  default?: boolean
}

/** Reads a network-status annotation value; never throws. Entries without a name are left out, wrong-typed fields ignored. */
export function readNetworkStatus(text: string): { ok: true; entries: NetworkStatusEntry[] } | { ok: false; reason: string } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, reason: (error as Error).message }
  }
  if (!Array.isArray(value)) return { ok: false, reason: `a JSON ${value === null ? 'null' : typeof value}, not a list` }
  const entries = value.flatMap((item: unknown): NetworkStatusEntry[] => {
    const record = asRecord(item)
    if (!record || typeof record.name !== 'string') return []
    const entry: NetworkStatusEntry = { name: record.name, ips: Array.isArray(record.ips) ? record.ips.filter((ip): ip is string => typeof ip === 'string') : [] }
    if (typeof record.interface === 'string' && record.interface !== '') entry.interface = record.interface
    if (typeof record.mac === 'string') entry.mac = record.mac
    if (typeof record.default === 'boolean') entry.default = record.default
    return [entry]
  })
  return { ok: true, entries }
}
