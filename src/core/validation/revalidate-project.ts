import type { ResolvedRangeSet } from '../cni/ipam/host-local/host-local-range-sets'
import { validateNetworkConfig, type NetworkContext } from '../cni/validate-network-config'
import type { HostLocalIpam, Network, Project } from '../project/model'
import { crossObjectIssue } from './cross-object-issue'
import type { Issue } from './issue'
import { buildProjectIndex, reindexUnusedNetworks, type ProjectIndex } from './project-index'
import { INDEX_READS, PROJECT_RULES, type CrossObjectKey } from './project-rules'

/**
 * A project's findings with what a later revalidation can reuse. Projects are values: an object that is the same
 * by reference in the next project must also be the same in content (the designer's store never edits in place).
 */
export interface ProjectValidation {
  readonly project: Project
  readonly issues: Issue[]
  /** Each network's own findings; valid while host NICs and platform stay the same objects. */
  readonly networkIssues: WeakMap<Network, Issue[]>
  /** host-local range sets resolved so far, by IPAM object (shared with the index). */
  readonly rangeSets: WeakMap<HostLocalIpam, ResolvedRangeSet[]>
  /** Per rule of PROJECT_RULES, its findings; undefined after an index failure. */
  readonly rules?: readonly Issue[][]
  /** The index of `project`, when this run needed one (the next run may derive its own from it). */
  readonly index?: ProjectIndex
}

// A rule bug must not take the whole result down: the UI validates on every keystroke.
function guarded(rule: string, run: () => Issue[]): Issue[] {
  try {
    return run()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return [crossObjectIssue('project.rule-failed', { kind: 'project' }, '', { rule, reason })]
  }
}

/** The positions whose network object differs, or undefined when more than networks changed (nothing reusable). */
function changedNetworks(previous: Project, next: Project): number[] | undefined {
  if (previous.workloads !== next.workloads || previous.hostNics !== next.hostNics || previous.platform !== next.platform) return undefined
  if (previous.networks.length !== next.networks.length) return undefined
  const changed: number[] = []
  next.networks.forEach((network, i) => {
    if (network !== previous.networks[i]) changed.push(i)
  })
  return changed
}

/** Whether a rule reading `keys` of plugin configs sees the same inputs in both networks. */
function sameForRule(before: Network, after: Network, keys: readonly CrossObjectKey[]): boolean {
  if (before.id !== after.id || before.name !== after.name || before.namespace !== after.namespace) return false
  if (before.configText !== after.configText || before.conflist !== after.conflist) return false
  if ((before.config === undefined) !== (after.config === undefined)) return false
  const a = before.config as Partial<Record<CrossObjectKey, unknown>> | undefined
  const b = after.config as Partial<Record<CrossObjectKey, unknown>> | undefined
  return keys.every((key) => Object.is(a?.[key], b?.[key]))
}

function networkFindings(project: Project, previous: ProjectValidation | undefined, context: NetworkContext): { all: Issue[]; by: WeakMap<Network, Issue[]> } {
  const reusable = previous && previous.project.hostNics === project.hostNics && previous.project.platform === project.platform
  const by = reusable ? previous.networkIssues : new WeakMap<Network, Issue[]>()
  const all: Issue[] = []
  for (const network of project.networks) {
    let found = by.get(network)
    if (!found) {
      found = guarded(`network ${network.namespace}/${network.name}`, () => validateNetworkConfig(network, context))
      by.set(network, found)
    }
    for (const issue of found) all.push(issue)
  }
  return { all, by }
}

/**
 * The findings of `next`, identical to `validateProject(next)`, reusing from `previous` each network whose object is
 * unchanged and each cross-object rule none of whose inputs changed (see ProjectRule.reads). Never throws.
 */
export function revalidateProject(previous: ProjectValidation | undefined, next: Project): ProjectValidation {
  // Without a previous run range sets start afresh, so a caller that edits IPAM objects in place still gets fresh ones.
  const rangeSets = previous?.rangeSets ?? new WeakMap<HostLocalIpam, ResolvedRangeSet[]>()
  const context: NetworkContext = { hostNics: next.hostNics, platform: next.platform, rangeSets }
  const networks = networkFindings(next, previous, context)
  const issues = networks.all
  // A rule is reused when only networks changed and none of them in a key the rule reads.
  const changed = previous?.rules && changedNetworks(previous.project, next)
  const unchanged = (keys: readonly CrossObjectKey[]) =>
    changed !== undefined && changed.every((i) => sameForRule(previous!.project.networks[i]!, next.networks[i]!, keys))
  const stale = PROJECT_RULES.map((rule) => !unchanged(rule.reads))
  let index: ProjectIndex | undefined
  // The index is built whenever what it derives may differ, so that a failure to build it shows as in a full run.
  if (stale.some(Boolean) || !unchanged(INDEX_READS)) {
    for (const issue of guarded('project index', () => {
      index = (changed && previous.index && reindexUnusedNetworks(previous.index, next, changed, rangeSets)) || buildProjectIndex(next, rangeSets)
      return []
    })) issues.push(issue)
    if (!index) return { project: next, issues, networkIssues: networks.by, rangeSets }
  }
  const built = index
  const rules = PROJECT_RULES.map((rule, i) => {
    const found = stale[i] ? guarded(rule.name, () => rule.run(built!)) : previous!.rules![i]!
    for (const issue of found) issues.push(issue)
    return found
  })
  return { project: next, issues, networkIssues: networks.by, rangeSets, rules, index }
}
