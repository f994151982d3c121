import { isRecord } from '../cni/encode-fields'
import { IMPORT_LIMITS } from '../manifest/import-limits'
import type { Issue, IssueParams } from '../validation/issue'
import { IP_JSON_ISSUES } from './ip-json-issues'
import type { HostNic } from './model'
import { splitJsonValues } from './split-json-values'

/** What pasted `ip -j` output says about the node's NICs. */
export interface IpJsonReading {
  /** The NICs a network can use as master, in the order `ip` lists them. */
  nics: HostNic[]
  /** Interfaces left out (loopback, pod veths, OVN-Kubernetes and Open vSwitch internals), one info each. */
  skipped: Issue[]
  /** Problems with the text itself, and the note when the primary NIC could not be told. */
  issues: Issue[]
}

type IpJsonCode = keyof typeof IP_JSON_ISSUES

function issue(code: IpJsonCode, params: IssueParams = {}, name?: string): Issue {
  return { code, severity: IP_JSON_ISSUES[code].severity, target: name === undefined ? { kind: 'project' } : { kind: 'hostNic', name }, field: '', params }
}

// Interfaces of the host that are no NIC a NAD should name: the loopback, the host ends of pod veth pairs (their peer
// lives in another network namespace; OVN-Kubernetes names them after the container, not veth*), and the interfaces
// OVN-Kubernetes and Open vSwitch create for the cluster network. br-ex stays: it carries the node's address.
function skipReason(link: Record<string, unknown>, name: string): IpJsonCode | undefined {
  if (name === 'lo' || link.link_type === 'loopback') return 'ip-json.skipped-loopback'
  if (name.startsWith('veth') || link.link_netnsid !== undefined) return 'ip-json.skipped-container-veth'
  if (name.startsWith('ovn') || name.startsWith('genev_sys') || name === 'br-int') return 'ip-json.skipped-ovn'
  if (name === 'ovs-system') return 'ip-json.skipped-ovs'
  return undefined
}

function addressesOf(link: Record<string, unknown>): string[] {
  const info = Array.isArray(link.addr_info) ? link.addr_info : []
  // Host-scope and link-local addresses (OVN-Kubernetes puts 169.254.169.2 on br-ex with global scope) say nothing
  // about which network a NIC is on.
  const isLinkLocal = (address: string) => address.startsWith('169.254.') || /^fe[89ab]/i.test(address)
  return info.flatMap((entry: unknown) => {
    if (!isRecord(entry) || typeof entry.local !== 'string' || typeof entry.prefixlen !== 'number' || entry.scope !== 'global' || isLinkLocal(entry.local)) return []
    return [`${entry.local}/${entry.prefixlen}`]
  })
}

/** The device of the default route with the lowest metric, from `ip -j route` entries. */
function defaultRouteDevice(routes: Record<string, unknown>[]): string | undefined {
  const defaults = routes.filter((route) => route.dst === 'default' && typeof route.dev === 'string')
  const metric = (route: Record<string, unknown>) => (typeof route.metric === 'number' ? route.metric : 0)
  const best = defaults.reduce<Record<string, unknown> | undefined>((chosen, route) => (chosen === undefined || metric(route) < metric(chosen) ? route : chosen), undefined)
  return typeof best?.dev === 'string' ? best.dev : undefined
}

/**
 * Reads `ip -j link` and/or `ip -j addr` output (and `ip -j route`, which alone tells the primary NIC) into host
 * NICs: name, MTU, global addresses. Without routes, `primary` is taken from the same NIC in `known`. Never throws.
 */
export function readIpJson(text: string, known: readonly HostNic[] = []): IpJsonReading {
  if (text.length > IMPORT_LIMITS.totalBytes) return { nics: [], skipped: [], issues: [issue('ip-json.input-too-large', { size: text.length, limit: IMPORT_LIMITS.totalBytes })] }
  const issues: Issue[] = []
  const links = new Map<string, Record<string, unknown>[]>()
  const routes: Record<string, unknown>[] = []
  let sawRoutes = false
  for (const found of splitJsonValues(text)) {
    if ('error' in found) {
      issues.push(issue('ip-json.invalid-json', { reason: found.error }))
      continue
    }
    const entries = (Array.isArray(found.value) ? found.value : [found.value]).filter(isRecord)
    for (const entry of entries) {
      if (typeof entry.ifname === 'string' && entry.ifname !== '') links.set(entry.ifname, [...(links.get(entry.ifname) ?? []), entry])
      else if (typeof entry.dst === 'string') routes.push(entry)
    }
    // An empty list is what `ip -j route` prints on a node without routes: still a route table.
    sawRoutes ||= Array.isArray(found.value) && (found.value.length === 0 || entries.some((entry) => typeof entry.dst === 'string'))
  }
  const primary = sawRoutes ? defaultRouteDevice(routes) : undefined
  const nics: HostNic[] = []
  const skipped: Issue[] = []
  for (const [name, parts] of links) {
    // `ip -j link` and `ip -j addr` describe the same interface; together they give everything.
    const link = Object.assign({}, ...parts) as Record<string, unknown>
    const reason = skipReason(link, name)
    if (reason) {
      skipped.push(issue(reason, { name }, name))
      continue
    }
    const nic: HostNic = { name, mtu: typeof link.mtu === 'number' ? link.mtu : 1500, primary: sawRoutes ? name === primary : (known.find((nic) => nic.name === name)?.primary ?? false) }
    const addresses = [...new Set(parts.flatMap(addressesOf))]
    if (addresses.length > 0) nic.addresses = addresses
    nics.push(nic)
  }
  if (links.size === 0 && !issues.some((found) => found.code === 'ip-json.invalid-json')) issues.push(issue('ip-json.no-interfaces'))
  else if (links.size > 0 && !sawRoutes) issues.push(issue('ip-json.primary-unknown'))
  return { nics, skipped, issues }
}
