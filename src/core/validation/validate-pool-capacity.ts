import { poolSizeOf } from '../cni/ipam/host-local/host-local-range-sets'
import { networkIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { NetworkFacts, ProjectIndex } from './project-index'

interface Pool {
  networks: NetworkFacts[]
  capacity: bigint
  demand: number
}

/** The pool a NAD draws from: its store plus its exact ranges (NADs sharing both draw from one pool). */
function poolKey(facts: NetworkFacts): string {
  const spans = (facts.rangeSets ?? []).map((set) => set.ranges.map((r) => `${r.start.value}-${r.end.value}-${r.gateway.value}`).join(','))
  return `${facts.store}|${spans.join(';')}`
}

/**
 * R-POOL: per node, host-local hands out at most `capacity` addresses (section 2.1: rangeStart..rangeEnd minus
 * the gateway, smallest range set); the pods attached at once (replicas × attachments) must fit, with 10 % spare.
 */
export function validatePoolCapacity(index: ProjectIndex): Issue[] {
  const pools = new Map<string, Pool>()
  for (const facts of index.networks) {
    if (!facts.rangeSets || facts.store === undefined) continue
    const key = poolKey(facts)
    let pool = pools.get(key)
    if (!pool) {
      const capacity = poolSizeOf(facts.rangeSets)
      pools.set(key, (pool = { networks: [], capacity, demand: 0 }))
    }
    pool.networks.push(facts)
    pool.demand += facts.pods
  }
  const issues: Issue[] = []
  for (const pool of pools.values()) {
    if (pool.demand === 0) continue
    const demand = BigInt(pool.demand)
    const free = pool.capacity - demand
    const params = { capacity: pool.capacity.toString(), demand: pool.demand, free: free.toString() }
    for (const facts of pool.networks) {
      if (facts.pods === 0) continue
      if (free < 0n) issues.push(networkIssue('host-local.pool-smaller-than-demand', facts, 'config.ipam', params))
      // A one-address pool already has its own warning (host-local.pool-single-address).
      else if (free * 10n < pool.capacity && pool.capacity > 1n) issues.push(networkIssue('host-local.pool-headroom-low', facts, 'config.ipam', params))
    }
  }
  return issues
}
