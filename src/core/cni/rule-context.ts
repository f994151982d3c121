import type { HostLocalIpam, HostNic, Network, Platform } from '../project/model'
import type { Issue, IssueParams } from '../validation/issue'
import { CNI_ISSUES, type CniIssueCode } from './cni-issues'
import type { ResolvedRangeSet } from './ipam/host-local/host-local-range-sets'

/** What validateNetworkConfig needs besides the network: the node's NICs and the platform networks. */
export interface NetworkContext {
  hostNics: HostNic[]
  platform: Platform
  /** Filled with each host-local IPAM's resolved range sets, for the project index of the same run to reuse. */
  rangeSets?: WeakMap<HostLocalIpam, ResolvedRangeSet[]>
}

/** Passed to every rule: the network, its context, and where findings go. */
export interface RuleContext extends NetworkContext {
  network: Network
  report: (code: CniIssueCode, field: string, params?: IssueParams) => void
}

/** A rule context that collects findings about `network` into `issues`. */
export function createRuleContext(network: Network, context: NetworkContext): { ctx: RuleContext; issues: Issue[] } {
  const issues: Issue[] = []
  const report = (code: CniIssueCode, field: string, params: IssueParams = {}): void => {
    issues.push({ code, severity: CNI_ISSUES[code].severity, target: { kind: 'network', id: network.id }, field, params })
  }
  return { ctx: { ...context, network, report }, issues }
}

/** A report function that drops everything (for helpers that resolve without reporting). */
export const IGNORE_REPORT: RuleContext['report'] = () => undefined
