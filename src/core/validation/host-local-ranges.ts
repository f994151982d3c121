import type { HostLocalIpam, HostLocalRange } from '../project/model'
import { parseIp } from '../net/ip-address'
import { cidrHasHostBits, toCidr } from '../net/parse-cidr'

// Local until src/core/cni/ipam/host-local exports range sets and pool size; de-duplicate then.

/** One host-local range as the allocator sees it after filling in defaults (allocator/range.go Canonicalize). */
export interface RangeInterval {
  family: 4 | 6
  subnet: string
  subnetFirst: bigint
  subnetLast: bigint
  start: bigint
  end: bigint
  gateway: bigint
  /** Model path of the range, e.g. `config.ipam.ranges.0.1` or `config.ipam` for the legacy top-level subnet. */
  field: string
}

function toInterval(range: HostLocalRange, field: string): RangeInterval | undefined {
  const subnet = toCidr(range.subnet)
  // The plugin rejects host bits and /31-/32 (/127-/128); the per-network rules report those.
  if (!subnet || cidrHasHostBits(subnet)) return undefined
  const first = subnet.network.value
  const last = subnet.last.value
  if (last - first < 3n) return undefined
  const defaultEnd = subnet.family === 4 ? last - 1n : last
  const start = range.rangeStart === undefined ? first + 1n : parseIp(range.rangeStart)?.value
  const end = range.rangeEnd === undefined ? defaultEnd : parseIp(range.rangeEnd)?.value
  const gateway = range.gateway === undefined ? first + 1n : parseIp(range.gateway)?.value
  if (start === undefined || end === undefined || gateway === undefined) return undefined
  if (start < first || start > end || end > last) return undefined
  return { family: subnet.family, subnet: range.subnet, subnetFirst: first, subnetLast: last, start, end, gateway, field }
}

/**
 * The range sets of a host-local IPAM with defaults applied: the legacy top-level `subnet` first, then `ranges`.
 * Undefined when any range is invalid (the per-network rules say why), so capacity and membership are never guessed.
 */
export function hostLocalRangeSets(ipam: HostLocalIpam): RangeInterval[][] | undefined {
  const sets: RangeInterval[][] = []
  if (ipam.subnet !== undefined) {
    const legacy = toInterval(
      { subnet: ipam.subnet, rangeStart: ipam.rangeStart, rangeEnd: ipam.rangeEnd, gateway: ipam.gateway },
      'config.ipam.subnet',
    )
    if (!legacy) return undefined
    sets.push([legacy])
  }
  for (const [setIndex, set] of (ipam.ranges ?? []).entries()) {
    const intervals: RangeInterval[] = []
    for (const [rangeIndex, range] of set.entries()) {
      const interval = toInterval(range, `config.ipam.ranges.${setIndex}.${rangeIndex}.subnet`)
      if (!interval) return undefined
      intervals.push(interval)
    }
    if (intervals.length === 0) return undefined
    sets.push(intervals)
  }
  return sets.length > 0 ? sets : undefined
}

/** Addresses one range hands out: rangeStart..rangeEnd inclusive, minus the gateway when it falls inside. */
export function rangeSize(range: RangeInterval): bigint {
  const span = range.end - range.start + 1n
  return range.gateway >= range.start && range.gateway <= range.end ? span - 1n : span
}

/** How many pods one node can attach: every pod takes one address from each range set, so the smallest set limits. */
export function poolCapacity(sets: readonly RangeInterval[][]): bigint {
  let capacity: bigint | undefined
  for (const set of sets) {
    let size = 0n
    for (const range of set) size += rangeSize(range)
    if (capacity === undefined || size < capacity) capacity = size
  }
  return capacity ?? 0n
}

/** Where a requested address lands: inside a range's pool, on a range's gateway, or outside every range. */
export function locateInRangeSets(sets: readonly RangeInterval[][], family: 4 | 6, value: bigint): 'pool' | 'gateway' | 'outside' {
  for (const set of sets) {
    for (const range of set) {
      if (range.family !== family || value < range.start || value > range.end) continue
      return value === range.gateway ? 'gateway' : 'pool'
    }
  }
  return 'outside'
}
