import type { ResolvedRangeSet } from '../cni/ipam/host-local/host-local-range-sets'
import { validateNetworkConfig, type NetworkContext } from '../cni/validate-network-config'
import type { HostLocalIpam, Network, Project } from '../project/model'
import { crossObjectIssue } from './cross-object-issue'
import type { Issue } from './issue'
import { buildProjectIndex, type ProjectIndex } from './project-index'
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
  /** Per rule of PROJECT_RULES: its findings and the inputs they came from; undefined after an index failure. */
  readonly rules?: readonly { issues: Issue[]; inputs: unknown[] }[]
  readonly indexInputs: unknown[]
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

/** Everything a rule reading `keys` of each plugin config can see, as a flat list compared element by element. */
function inputsOf(project: Project, keys: readonly CrossObjectKey[]): unknown[] {
  const inputs: unknown[] = [project.workloads, project.hostNics, project.platform, project.networks.length]
  for (const network of project.networks) {
    const config = network.config as Partial<Record<CrossObjectKey, unknown>> | undefined
    inputs.push(network.id, network.name, network.namespace, network.config === undefined, network.configText, network.conflist)
    for (const key of keys) inputs.push(config?.[key])
  }
  return inputs
}

function sameInputs(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a !== undefined && a.length === b.length && a.every((value, i) => Object.is(value, b[i]))
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
  const indexInputs = inputsOf(next, INDEX_READS)
  const ruleInputs = PROJECT_RULES.map((rule) => inputsOf(next, rule.reads))
  const stale = PROJECT_RULES.map((_, i) => !sameInputs(previous?.rules?.[i]?.inputs, ruleInputs[i]!))
  let index: ProjectIndex | undefined
  if (stale.some(Boolean) || !sameInputs(previous?.indexInputs, indexInputs)) {
    for (const issue of guarded('project index', () => {
      index = buildProjectIndex(next, rangeSets)
      return []
    })) issues.push(issue)
    if (!index) return { project: next, issues, networkIssues: networks.by, rangeSets, indexInputs }
  }
  const built = index
  const rules = PROJECT_RULES.map((rule, i) => {
    const reused = previous?.rules?.[i]
    const found = stale[i] || !reused ? guarded(rule.name, () => rule.run(built!)) : reused.issues
    for (const issue of found) issues.push(issue)
    return { issues: found, inputs: ruleInputs[i]! }
  })
  return { project: next, issues, networkIssues: networks.by, rangeSets, rules, indexInputs }
}
