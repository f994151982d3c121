import type { HostLocalIpam, HostLocalRange } from '../../../project/model'
import { formatIp, parseIp, type IpAddress } from '../../../net/ip-address'
import { cidrHasHostBits, formatCidrNetwork, parseCidr, type Cidr } from '../../../net/parse-cidr'
import { isAddressInCidr } from '../../../net/cidrs-overlap'
import { IGNORE_REPORT, type RuleContext } from '../../rule-context'

/** A host-local range after the plugin's defaults: rangeStart = network+1, rangeEnd = broadcast−1 (IPv4) or last (IPv6). */
export interface ResolvedRange {
  /** Model path of the range (`config.ipam` for the top-level range, else `config.ipam.ranges.S.R`). */
  path: string
  subnet: Cidr
  start: IpAddress
  end: IpAddress
  gateway: IpAddress
}

/** A range set: each pod takes one address from every set. `index` counts as the plugin does (top-level range first). */
export interface ResolvedRangeSet {
  index: number
  path: string
  family: 4 | 6
  ranges: ResolvedRange[]
}

type Report = RuleContext['report']

/** Range sets as host-local builds them: the top-level subnet (if any) in front of `ranges`. */
export function hostLocalRawSets(ipam: HostLocalIpam, base = 'config.ipam'): { path: string; ranges: { path: string; range: HostLocalRange }[] }[] {
  const sets: { path: string; ranges: { path: string; range: HostLocalRange }[] }[] = []
  if (ipam.subnet !== undefined) {
    const range: HostLocalRange = { subnet: ipam.subnet, rangeStart: ipam.rangeStart, rangeEnd: ipam.rangeEnd, gateway: ipam.gateway }
    sets.push({ path: base, ranges: [{ path: base, range }] })
  }
  ;(ipam.ranges ?? []).forEach((set, s) => {
    sets.push({ path: `${base}.ranges.${s}`, ranges: set.map((range, r) => ({ path: `${base}.ranges.${s}.${r}`, range })) })
  })
  return sets
}

function resolveIp(text: string | undefined, field: string, report: Report): IpAddress | undefined | null {
  if (text === undefined) return undefined
  const ip = parseIp(text)
  if (!ip) report('ipam.invalid-ip', field, { value: text })
  return ip ?? null
}

/** Resolves one range as Range.Canonicalize does, reporting what the plugin rejects; undefined when unusable. */
export function resolveHostLocalRange(range: HostLocalRange, path: string, set: number, report: Report = IGNORE_REPORT): ResolvedRange | undefined {
  if (range.subnet === undefined) {
    report('host-local.subnet-missing', `${path}.subnet`, { set })
    return undefined
  }
  const parsed = parseCidr(range.subnet)
  if (!parsed.ok) {
    report('host-local.subnet-invalid-cidr', `${path}.subnet`, { value: range.subnet })
    return undefined
  }
  const subnet = parsed.cidr
  if (subnet.family === 6 && parseIp(range.subnet.slice(0, range.subnet.indexOf('/')))?.family === 4) {
    // Go's To4() shortens the IP but not the 16-byte mask (checked against host-local 1.1.1).
    report('host-local.subnet-ipv4-mapped', `${path}.subnet`, { value: range.subnet })
    return undefined
  }
  const bits = subnet.family === 4 ? 32 : 128
  if (subnet.prefix > bits - 2) {
    report('host-local.subnet-too-small', `${path}.subnet`, { subnet: range.subnet })
    return undefined
  }
  if (cidrHasHostBits(subnet)) {
    report('host-local.subnet-host-bits-set', `${path}.subnet`, { value: range.subnet, prefix: subnet.prefix, networkAddress: formatIp(subnet.network) })
    return undefined
  }
  const gatewayIp = resolveIp(range.gateway, `${path}.gateway`, report)
  const startIp = resolveIp(range.rangeStart, `${path}.rangeStart`, report)
  const endIp = resolveIp(range.rangeEnd, `${path}.rangeEnd`, report)
  if (gatewayIp === null || startIp === null || endIp === null) return undefined
  let usable = true
  if (gatewayIp && !isAddressInCidr(gatewayIp, subnet)) {
    report('host-local.gateway-outside-subnet', `${path}.gateway`, { value: range.gateway ?? '', subnet: formatCidrNetwork(subnet) })
  }
  const endInSubnet = !endIp || isAddressInCidr(endIp, subnet)
  if (startIp) {
    if (!isAddressInCidr(startIp, subnet)) {
      report('host-local.range-start-outside-subnet', `${path}.rangeStart`, { value: range.rangeStart ?? '', subnet: formatCidrNetwork(subnet) })
      usable = false
    } else if (endIp && endInSubnet && startIp.value > endIp.value) {
      report('host-local.range-start-after-range-end', `${path}.rangeStart`, { value: range.rangeStart ?? '', rangeEnd: range.rangeEnd ?? '', subnet: formatCidrNetwork(subnet) })
      usable = false
    } else if (startIp.value === subnet.network.value) {
      report('host-local.range-start-is-network-address', `${path}.rangeStart`, { value: range.rangeStart ?? '' })
    }
  }
  if (endIp) {
    if (!endInSubnet) {
      report('host-local.range-end-outside-subnet', `${path}.rangeEnd`, { value: range.rangeEnd ?? '', subnet: formatCidrNetwork(subnet) })
      usable = false
    } else if (subnet.family === 4 && endIp.value === subnet.last.value) {
      report('host-local.range-end-is-broadcast', `${path}.rangeEnd`, { value: range.rangeEnd ?? '' })
    }
  }
  if (!usable) return undefined
  const next = { family: subnet.family, value: subnet.network.value + 1n }
  return {
    path,
    subnet,
    start: startIp ?? next,
    end: endIp ?? { family: subnet.family, value: subnet.family === 4 ? subnet.last.value - 1n : subnet.last.value },
    gateway: gatewayIp ?? next,
  }
}

/**
 * The range sets of a host-local IPAM as the plugin resolves them (start/end/gateway as bigint addresses); sets with
 * a range the plugin would reject are left out, and what it rejects goes to `report`.
 */
export function hostLocalRangeSets(ipam: HostLocalIpam, report: Report = IGNORE_REPORT, base = 'config.ipam'): ResolvedRangeSet[] {
  const resolved: ResolvedRangeSet[] = []
  hostLocalRawSets(ipam, base).forEach((set, index) => {
    if (set.ranges.length === 0) {
      report('host-local.range-set-empty', set.path, { set: index })
      return
    }
    const ranges = set.ranges.map(({ path, range }) => resolveHostLocalRange(range, path, index, report))
    const valid = ranges.filter((range): range is ResolvedRange => range !== undefined)
    const family = valid[0]?.subnet.family
    if (family === undefined) return
    if (valid.some((range) => range.subnet.family !== family)) {
      report('host-local.range-set-mixed-families', set.path, { set: index })
      return
    }
    if (valid.length === ranges.length) resolved.push({ index, path: set.path, family, ranges: valid })
  })
  return resolved
}

/** `start-end` as the plugin prints a range. */
export function formatRange(range: ResolvedRange): string {
  return `${formatIp(range.start)}-${formatIp(range.end)}`
}

/** True when two resolved ranges share an address (Range.Overlaps). */
export function rangesOverlap(a: ResolvedRange, b: ResolvedRange): boolean {
  return a.start.family === b.start.family && a.start.value <= b.end.value && b.start.value <= a.end.value
}

/** Allocatable addresses of one set: every address from start to end, minus the gateway where it falls inside. */
export function rangeSetCapacity(set: ResolvedRangeSet): bigint {
  let total = 0n
  for (const range of set.ranges) {
    total += range.end.value - range.start.value + 1n
    if (range.gateway.value >= range.start.value && range.gateway.value <= range.end.value) total -= 1n
  }
  return total
}

/** How many pods a host-local IPAM can serve at once: the smallest set, since each pod takes one address per set. */
export function hostLocalPoolSize(ipam: HostLocalIpam): bigint {
  return poolSizeOf(hostLocalRangeSets(ipam))
}

/** Pool size of resolved range sets: each pod takes one address from every set, so the smallest set decides. */
export function poolSizeOf(sets: readonly ResolvedRangeSet[]): bigint {
  if (sets.length === 0) return 0n
  return sets.map(rangeSetCapacity).reduce((min, size) => (size < min ? size : min))
}

/** Where host-local puts a requested address: in a range's pool, on that range's gateway (refused), or nowhere. */
export function locateInRangeSets(sets: readonly ResolvedRangeSet[], ip: IpAddress): 'pool' | 'gateway' | 'outside' {
  for (const set of sets) {
    for (const range of set.ranges) {
      if (range.start.family !== ip.family || ip.value < range.start.value || ip.value > range.end.value) continue
      return ip.value === range.gateway.value ? 'gateway' : 'pool'
    }
  }
  return 'outside'
}

function toIp(ip: string | IpAddress): IpAddress | undefined {
  return typeof ip === 'string' ? parseIp(ip.includes('/') ? ip.slice(0, ip.indexOf('/')) : ip) : ip
}

/** True when the address (with or without prefix) lies in some range of the pool and is not that range's gateway. */
export function isAddressInHostLocalPool(ipam: HostLocalIpam, ip: string | IpAddress): boolean {
  const address = toIp(ip)
  return address !== undefined && locateInRangeSets(hostLocalRangeSets(ipam), address) === 'pool'
}

/** True when the address is the gateway of one of the ranges (host-local refuses to hand it out). */
export function isHostLocalGateway(ipam: HostLocalIpam, ip: string | IpAddress): boolean {
  const address = toIp(ip)
  if (!address) return false
  return hostLocalRangeSets(ipam).some((set) =>
    set.ranges.some((range) => range.gateway.family === address.family && range.gateway.value === address.value),
  )
}
