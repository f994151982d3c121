import { formatCidrNetwork } from '../net/parse-cidr'
import { networkIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { NetworkFacts, ProjectIndex } from './project-index'

/** One allocatable span of a host-local NAD (rangeStart..rangeEnd), keyed by the lease store that guards it. */
interface Span {
  facts: NetworkFacts
  store: string
  start: bigint
  end: bigint
  subnet: string
  field: string
}

function spansByFamily(networks: readonly NetworkFacts[]): Record<4 | 6, Span[]> {
  const spans: Record<4 | 6, Span[]> = { 4: [], 6: [] }
  for (const facts of networks) {
    if (!facts.rangeSets || facts.store === undefined) continue
    for (const set of facts.rangeSets) {
      for (const range of set.ranges) {
        spans[set.family].push({
          facts, store: facts.store, start: range.start.value, end: range.end.value,
          subnet: formatCidrNetwork(range.subnet), field: `${range.path}.subnet`,
        })
      }
    }
  }
  return spans
}

/**
 * Sweeps spans sorted by start, remembering the span reaching furthest and the furthest one from another store,
 * so each span is compared with O(1) candidates (O(n log n) overall instead of all pairs).
 */
function sweep(spans: Span[], issues: Issue[], reported: Set<string>): void {
  spans.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
  let best: Span | undefined
  let other: Span | undefined
  const report = (code: 'host-local.subnets-overlap-with-separate-stores' | 'host-local.store-shared', span: Span, with_: Span) => {
    const key = `${code}|${span.facts.key}|${with_.facts.key}`
    if (reported.has(key)) return
    reported.add(key)
    issues.push(code === 'host-local.store-shared'
      ? networkIssue(code, span.facts, 'config.ipam', { store: span.store, other: with_.facts.key })
      : networkIssue(code, span.facts, span.field, {
        subnet: span.subnet, otherSubnet: with_.subnet, other: with_.facts.key, store: span.store, otherStore: with_.store,
      }))
  }
  for (const span of spans) {
    if (best && best.end >= span.start) {
      if (best.store !== span.store) report('host-local.subnets-overlap-with-separate-stores', span, best)
      else {
        if (best.facts !== span.facts) report('host-local.store-shared', span, best)
        if (other && other.end >= span.start) report('host-local.subnets-overlap-with-separate-stores', span, other)
      }
    }
    if (!best || span.end > best.end) {
      if (best && best.store !== span.store) other = best
      best = span
    } else if (span.store !== best.store && (!other || span.end > other.end)) {
      other = span
    }
  }
}

function validateNamespaces(networks: readonly NetworkFacts[], issues: Issue[]): void {
  const firstByStore = new Map<string, NetworkFacts>()
  for (const facts of networks) {
    if (facts.store === undefined) continue
    const first = firstByStore.get(facts.store)
    if (!first) firstByStore.set(facts.store, facts)
    else if (first.network.namespace !== facts.network.namespace) {
      issues.push(networkIssue('host-local.store-shared-across-namespaces', facts, 'config.name', {
        other: first.network.name, otherNamespace: first.network.namespace, cniName: facts.cniName, store: facts.store,
        reason: facts.config?.name === undefined ? 'name left out, so Multus fills in metadata.name without the namespace' : 'the same config.name',
      }))
    }
  }
}

/**
 * R-SUBNET-OVERLAP and R-NAME-INJECT: host-local keeps leases per store `<dataDir>/<CNI name>`, so overlapping
 * pools in different stores hand out the same address twice, and one name in two namespaces shares one store.
 */
export function validateHostLocalStores(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  const reported = new Set<string>()
  const spans = spansByFamily(index.networks)
  sweep(spans[4], issues, reported)
  sweep(spans[6], issues, reported)
  validateNamespaces(index.networks, issues)
  return issues
}
