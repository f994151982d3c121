import { networkIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { NetworkFacts, ProjectIndex } from './project-index'

function groupByMaster(networks: readonly NetworkFacts[]): Map<string, NetworkFacts[]> {
  const groups = new Map<string, NetworkFacts[]>()
  for (const facts of networks) {
    if (facts.master === undefined) continue
    const group = groups.get(facts.master)
    if (group) group.push(facts)
    else groups.set(facts.master, [facts])
  }
  return groups
}

function validateGroup(master: string, group: NetworkFacts[], issues: Issue[]): void {
  const firstOf = { macvlan: group.find((f) => f.config?.type === 'macvlan'), ipvlan: group.find((f) => f.config?.type === 'ipvlan') }
  const leading = group[0]?.config?.type
  if (firstOf.macvlan && firstOf.ipvlan) {
    for (const facts of group) {
      const kind = facts.config?.type
      if (kind === leading || (kind !== 'macvlan' && kind !== 'ipvlan')) continue
      const otherKind = kind === 'macvlan' ? 'ipvlan' : 'macvlan'
      issues.push(networkIssue('master.shared-by-macvlan-and-ipvlan', facts, 'config.master', {
        master, otherKind, other: firstOf[otherKind]!.key,
      }))
    }
  }
  const macvlans = group.filter((f) => f.config?.type === 'macvlan')
  for (const facts of macvlans) {
    if (facts.config?.type !== 'macvlan' || facts.config.mode !== 'passthru') continue
    if (facts.pods > 1) issues.push(networkIssue('macvlan.passthru-used-by-several-pods', facts, 'config.mode', { master, pods: facts.pods }))
    const other = macvlans[0] === facts ? macvlans[1] : macvlans[0]
    if (other) issues.push(networkIssue('macvlan.passthru-master-shared', facts, 'config.master', { master, other: other.key }))
  }
}

/**
 * R-MASTER-MIX and R-PASSTHRU, over NADs grouped by master NIC (an omitted master resolves to the primary NIC):
 * one NIC carries macvlan or ipvlan links, not both; a passthru macvlan holds its NIC alone, for one pod.
 */
export function validateMasters(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  for (const [master, group] of groupByMaster(index.networks)) validateGroup(master, group, issues)
  return issues
}
