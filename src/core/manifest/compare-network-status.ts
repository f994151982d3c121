import { formatRange, hostLocalRangeSets, isAddressInHostLocalPool } from '../cni/ipam/host-local/host-local-range-sets'
import { ipEquals, parseIp } from '../net/ip-address'
import { parseMac } from '../net/parse-mac'
import type { Ipam, Project, Workload } from '../project/model'
import type { Issue, IssueParams } from '../validation/issue'
import { buildPodInterfaces, type PodInterface } from './build-pod-interfaces'
import { DRIFT_ISSUES } from './drift-issues'
import { matchPodWorkload, type PodMatchBasis } from './match-pod-workload'
import { readNetworkStatus, type NetworkStatusEntry } from './read-network-status'
import { readRunningPods, type RunningPod } from './read-running-pods'

/** One secondary interface of a running pod against the design. */
export interface InterfaceComparison {
  /** The name in the pod (net1, or as requested); '' for a reported interface without a name. */
  interface: string
  /** The network the design attaches there (`namespace/name`); undefined for an interface the design does not attach. */
  designed?: string
  /** What Multus reported for it; undefined when it is missing. */
  found?: NetworkStatusEntry
  /** How it differs from the design; none when it is as designed. */
  issues: Issue[]
}

/** What one running pod showed against the design. */
export interface PodComparison {
  namespace: string
  name: string
  /** The design's workload the pod belongs to; undefined when it belongs to none (it is then not compared). */
  workloadId?: string
  /** What tied the pod to the workload, and the owner, prefix or labels that did. */
  matchedBy?: { by: PodMatchBasis; via: string }
  /** Every finding about the pod; those about one interface are also in its entry of `interfaces`. */
  issues: Issue[]
  /** The designed and the reported secondary interfaces; empty when the network-status could not be read. */
  interfaces: InterfaceComparison[]
}

/** compareNetworkStatus's answer: every pod found, and what was wrong with the pasted text itself. */
export interface NetworkStatusComparison {
  pods: PodComparison[]
  issues: Issue[]
}

type DriftCode = keyof typeof DRIFT_ISSUES

const CLUSTER_NETWORK = 'ovn-kubernetes'

function sameMac(a: string, b: string): boolean {
  const left = parseMac(a)
  const right = parseMac(b)
  return left !== undefined && right !== undefined && left.join() === right.join()
}

function sameIp(a: string, b: string): boolean {
  const left = parseIp(a.split('/')[0] ?? a)
  const right = parseIp(b.split('/')[0] ?? b)
  return left !== undefined && right !== undefined && ipEquals(left, right)
}

/** The addresses the design allows on an interface, or undefined when it cannot tell (dhcp, no or foreign IPAM). */
function allowedAddresses(expected: PodInterface): { ipam: string; check: (ip: string) => boolean; code: DriftCode; params: IssueParams } | undefined {
  const config = expected.network?.config
  const ipam: Ipam | undefined = config && config.type !== 'foreign' ? config.ipam : undefined
  if (!ipam || ipam.type === 'dhcp' || ipam.type === 'foreign') return undefined
  const requested = expected.attachment?.ips ?? []
  if (requested.length > 0) return { ipam: ipam.type, check: (ip) => requested.some((wanted) => sameIp(wanted, ip)), code: 'drift.address-not-requested', params: { requested: requested.join(', ') } }
  if (ipam.type === 'static') {
    // static without addresses (and no request) leaves the interface without one, as designed.
    const addresses = (ipam.addresses ?? []).map((entry) => entry.address)
    if (addresses.length === 0) return undefined
    return { ipam: ipam.type, check: (ip) => addresses.some((address) => sameIp(address, ip)), code: 'drift.address-outside-pool', params: { pool: addresses.join(', ') } }
  }
  const ranges = hostLocalRangeSets(ipam).flatMap((set) => set.ranges.map(formatRange))
  // Ranges the plugin rejects are validateProject's finding; the pod then never starts, so there is nothing to check.
  if (ranges.length === 0) return undefined
  const pool = ranges.join(', ')
  return { ipam: ipam.type, check: (ip) => isAddressInHostLocalPool(ipam, ip), code: 'drift.address-outside-pool', params: { pool } }
}

function compareInterface(expected: PodInterface, actual: NetworkStatusEntry, report: (code: DriftCode, params: IssueParams) => void): void {
  const where = { interface: expected.interface, network: expected.networkName }
  if (actual.name !== expected.networkName) {
    report('drift.attached-to-other-network', { interface: expected.interface, expected: expected.networkName, found: actual.name })
    return
  }
  const allowed = allowedAddresses(expected)
  if (allowed && actual.ips.length === 0) report('drift.interface-without-address', { ...where, ipam: allowed.ipam })
  for (const ip of actual.ips) if (allowed && !allowed.check(ip)) report(allowed.code, { ...where, ...allowed.params, address: ip })
  const fixedMac = expected.macSource === 'requested' || expected.macSource === 'config'
  if (fixedMac && actual.mac !== undefined && !sameMac(actual.mac, expected.mac)) report('drift.mac-differs', { interface: expected.interface, expected: expected.mac, found: actual.mac })
}

function comparePod(pod: RunningPod, workload: Workload, project: Project): Pick<PodComparison, 'issues' | 'interfaces'> {
  const issues: Issue[] = []
  const interfaces: InterfaceComparison[] = []
  const podName = `${pod.namespace}/${pod.name}`
  const reportAt = (field: string, into?: InterfaceComparison) => (code: DriftCode, params: IssueParams) => {
    const issue: Issue = { code, severity: DRIFT_ISSUES[code].severity, target: { kind: 'workload', id: workload.id }, field, params: { pod: podName, ...params } }
    issues.push(issue)
    into?.issues.push(issue)
  }
  if (pod.networkStatus === undefined) {
    reportAt('attachments')('drift.network-status-missing', {})
    return { issues, interfaces }
  }
  const status = readNetworkStatus(pod.networkStatus)
  if (!status.ok) {
    reportAt('attachments')('drift.network-status-invalid', { reason: status.reason })
    return { issues, interfaces }
  }
  // The cluster network (eth0, `default: true`) is OVN-Kubernetes' business, not the design's.
  const secondary = status.entries.filter((entry) => entry.default !== true && entry.name !== CLUSTER_NETWORK)
  const unmatched = new Set(secondary)
  buildPodInterfaces(workload, project).forEach((expected, position) => {
    if (expected.attachment === undefined) return
    const index = position - 1
    // Entries without an interface name (some delegates leave it out) are matched by network instead.
    const actual = secondary.find((entry) => unmatched.has(entry) && entry.interface === expected.interface) ?? secondary.find((entry) => unmatched.has(entry) && entry.interface === undefined && entry.name === expected.networkName)
    const compared: InterfaceComparison = { interface: expected.interface, designed: expected.networkName, ...(actual && { found: actual }), issues: [] }
    interfaces.push(compared)
    const report = reportAt(`attachments.${index}`, compared)
    if (!actual) {
      report('drift.interface-missing', { interface: expected.interface, network: expected.networkName })
      return
    }
    unmatched.delete(actual)
    compareInterface(expected, actual, report)
  })
  for (const entry of unmatched) {
    const extra: InterfaceComparison = { interface: entry.interface ?? '', found: entry, issues: [] }
    interfaces.push(extra)
    reportAt('attachments', extra)('drift.interface-extra', { interface: extra.interface, network: entry.name })
  }
  return { issues, interfaces }
}

/**
 * Compares running pods (the output of `oc get pod NAME -o yaml` or `oc get pods -A -o yaml`) with the design: per
 * pod of a designed workload, the interfaces missing or extra, on another network, with addresses outside the pool
 * or not the requested ones, with another MAC than requested. Never throws on user input.
 */
export function compareNetworkStatus(project: Project, podsYamlText: string): NetworkStatusComparison {
  const { pods, issues } = readRunningPods(podsYamlText)
  return {
    pods: pods.map((pod) => {
      const match = matchPodWorkload(pod, project.workloads)
      if (!match) return { namespace: pod.namespace, name: pod.name, issues: [], interfaces: [] }
      const { workload, by, via } = match
      return { namespace: pod.namespace, name: pod.name, workloadId: workload.id, matchedBy: { by, via }, ...comparePod(pod, workload, project) }
    }),
    issues,
  }
}
