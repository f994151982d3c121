import type { HostLocalIpam } from '../../../project/model'
import type { RuleContext } from '../../rule-context'
import { formatIp } from '../../../net/ip-address'
import { ipamSubnets } from '../ipam-subnets'
import { validateRoutes } from '../validate-routes'
import { validateAddressesPerFamily } from '../../validate-cni-version'
import {
  formatRange,
  hostLocalRawSets,
  hostLocalRangeSets,
  rangeSetCapacity,
  rangesOverlap,
  type ResolvedRangeSet,
} from './host-local-range-sets'

const TOP_LEVEL_RANGE_KEYS = ['rangeStart', 'rangeEnd', 'gateway'] as const

/** Every host-local rule of allocator/config.go, range.go and range_set.go, plus the designer's warnings. */
export function validateHostLocal(ipam: HostLocalIpam, cniVersion: string | undefined, ctx: RuleContext, base = 'config.ipam'): void {
  if (hostLocalRawSets(ipam, base).length === 0) ctx.report('host-local.no-ranges', `${base}.subnet`)
  if (ipam.subnet === undefined) {
    for (const key of TOP_LEVEL_RANGE_KEYS) {
      if (ipam[key] !== undefined) ctx.report('host-local.top-level-key-ignored', `${base}.${key}`, { key })
    }
  } else if ((ipam.ranges ?? []).length > 0) {
    ctx.report('host-local.subnet-and-ranges', `${base}.subnet`)
  }
  const sets = hostLocalRangeSets(ipam, ctx.report, base)
  if (base === 'config.ipam') ctx.rangeSets?.set(ipam, sets)
  for (const set of sets) validateRangeSet(set, ctx)
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as ResolvedRangeSet
      const b = sets[j] as ResolvedRangeSet
      if (a.ranges.some((ra) => b.ranges.some((rb) => rangesOverlap(ra, rb)))) {
        ctx.report('host-local.range-sets-overlap', b.path, { a: a.index, b: b.index })
      }
    }
  }
  validateAddressesPerFamily(sets.map((set) => set.family), cniVersion, `${base}.ranges`, ctx)
  validateRoutes(ipam.routes, ipamSubnets(ipam, base), base, ctx)
}

function validateRangeSet(set: ResolvedRangeSet, ctx: RuleContext): void {
  set.ranges.forEach((range, i) => {
    for (const other of set.ranges.slice(0, i)) {
      if (rangesOverlap(other, range)) {
        ctx.report('host-local.ranges-overlap-in-set', range.path, { set: set.index, a: formatRange(other), b: formatRange(range) })
      }
    }
  })
  const capacity = rangeSetCapacity(set)
  if (capacity <= 0n) ctx.report('host-local.pool-empty', set.path, { set: set.index })
  else if (capacity === 1n) ctx.report('host-local.pool-single-address', set.path, { set: set.index, address: onlyAddress(set) })
}

function onlyAddress(set: ResolvedRangeSet): string {
  for (const range of set.ranges) {
    for (let value = range.start.value; value <= range.end.value && value <= range.start.value + 1n; value++) {
      if (value !== range.gateway.value) return formatIp({ family: range.start.family, value })
    }
  }
  return ''
}
