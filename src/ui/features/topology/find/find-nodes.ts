import type { TopologyNode } from '../../../../core'

/** A node the Find box can go to: a workload, a NAD (or a missing one), a bridge or a NIC. */
export type Findable =
  | { id: string; name: string; kind: 'workload'; workloadKind: string; namespace: string }
  | { id: string; name: string; kind: 'network'; plugin: string; namespace: string }
  | { id: string; name: string; kind: 'missing-network'; namespace: string }
  | { id: string; name: string; kind: 'bridge' }
  | { id: string; name: string; kind: 'nic'; implicitDefaultRoute: boolean }

/** The nodes of the diagram one can find by name, in the graph's order. */
export function findableNodes(nodes: readonly TopologyNode[]): Findable[] {
  const findable: Findable[] = []
  for (const node of nodes) {
    const { id } = node
    if (node.kind === 'workload') findable.push({ id, name: node.name, kind: 'workload', workloadKind: node.workloadKind, namespace: node.namespace })
    else if (node.kind === 'network') findable.push({ id, name: node.name, kind: 'network', plugin: node.plugin, namespace: node.namespace })
    else if (node.kind === 'missing-network') findable.push({ id, name: node.name, kind: 'missing-network', namespace: node.namespace })
    else if (node.kind === 'bridge') findable.push({ id, name: node.name, kind: 'bridge' })
    else if (node.kind === 'nic') findable.push({ id, name: node.name, kind: 'nic', implicitDefaultRoute: node.implicitDefaultRoute })
  }
  return findable
}

/** How well `name` answers `query` (both lower case): 0 the same, 1 starts with it, 2 contains it, undefined not at all. */
function rankOf(name: string, query: string): number | undefined {
  if (name === query) return 0
  if (name.startsWith(query)) return 1
  return name.includes(query) ? 2 : undefined
}

/**
 * The findables whose name holds `query` (any case; `namespace/name` works too), best first: the exact name, then
 * names that start with it, then the rest; shorter names first within each, so `app-1` comes before `app-10`.
 */
export function matchFindables(findables: readonly Findable[], query: string, limit: number): Findable[] {
  const wanted = query.trim().toLowerCase()
  if (!wanted) return findables.slice(0, limit)
  const ranked: { findable: Findable; rank: number }[] = []
  for (const findable of findables) {
    const name = findable.name.toLowerCase()
    const qualified = 'namespace' in findable ? `${findable.namespace}/${name}`.toLowerCase() : undefined
    const rank = rankOf(name, wanted) ?? (qualified === undefined ? undefined : rankOf(qualified, wanted))
    if (rank !== undefined) ranked.push({ findable, rank })
  }
  ranked.sort((a, b) => a.rank - b.rank || a.findable.name.length - b.findable.name.length)
  return ranked.slice(0, limit).map(({ findable }) => findable)
}
