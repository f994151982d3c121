import { interfaceNameAt } from '../project/interface-names'
import { parseIp } from '../net/ip-address'
import { attachmentSubnets } from './attachment-subnets'
import { annotationValueIssue, attachmentIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { AttachmentUse, NetworkFacts, ProjectIndex, WorkloadFacts } from './project-index'
import { cidrOfField } from './cidr-of-field'

type IpFamily = 4 | 6

/** Default routes a NAD adds inside the pod on its own, per family, with the reason shown to the user. */
function defaultRouteClaims(facts: NetworkFacts): Map<IpFamily, string> {
  const claims = new Map<IpFamily, string>()
  const config = facts.config
  const ipam = config?.ipam
  if (!config || !ipam || ipam.type === 'foreign') return claims
  if (ipam.type === 'dhcp') {
    // dhcp turns the server's router option into 0.0.0.0/0 unless option 121 is sent (plugins/ipam/dhcp/lease.go Routes).
    claims.set(4, "dhcp: the server's router option")
    return claims
  }
  for (const route of ipam.routes ?? []) {
    const dst = cidrOfField(route.dst)
    if (dst?.prefix === 0 && !claims.has(dst.family)) claims.set(dst.family, `ipam route ${route.dst}`)
  }
  if (config.type === 'bridge' && config.isDefaultGateway === true) {
    const families = ipam.type === 'host-local'
      ? (facts.rangeSets ?? []).map((set) => set.family)
      : (ipam.addresses ?? []).flatMap(({ address }) => cidrOfField(address)?.family ?? [])
    for (const family of families) if (!claims.has(family)) claims.set(family, 'isDefaultGateway')
  }
  return claims
}

function interfaceOf(use: AttachmentUse): string {
  return interfaceNameAt(use.attachment, use.index)
}

function validateRequestedRoutes(facts: WorkloadFacts, issues: Issue[]): void {
  const byFamily: Record<IpFamily, { use: AttachmentUse; gateway: string; j: number }[]> = { 4: [], 6: [] }
  for (const use of facts.uses) {
    for (const [j, gateway] of (use.attachment.defaultRoute ?? []).entries()) {
      const ip = parseIp(gateway)
      if (!ip) {
        issues.push(annotationValueIssue('annotation.default-route-not-an-ip', use, `defaultRoute.${j}`, { value: gateway }))
        continue
      }
      byFamily[ip.family].push({ use, gateway, j })
      const subnets = attachmentSubnets(use)
      if (!subnets || !use.network) continue
      if (use.network.config?.ipam === undefined) {
        issues.push(attachmentIssue('default-route.attachment-without-address', use, `defaultRoute.${j}`, {
          gateway, interface: interfaceOf(use), network: use.network.network.name,
        }))
        continue
      }
      const sameFamily = subnets.filter((subnet) => subnet.family === ip.family)
      if (sameFamily.length === 0 && subnets.length === 0) continue
      if (!sameFamily.some((subnet) => ip.value >= subnet.first && ip.value <= subnet.last)) {
        issues.push(attachmentIssue('default-route.gateway-unreachable', use, `defaultRoute.${j}`, {
          gateway, network: use.network.network.name, subnets: subnets.map((subnet) => subnet.text).join(', ') || 'none',
        }))
      }
    }
  }
  for (const family of [4, 6] as const) {
    const requests = byFamily[family]
    const second = requests[1]
    if (!second) continue
    issues.push(attachmentIssue('default-route.ecmp-not-supported', second.use, `defaultRoute.${second.j}`, {
      family, gateways: requests.map((request) => request.gateway).join(', '),
    }))
  }
}

function validateClaimedRoutes(facts: WorkloadFacts, claimsOf: (network: NetworkFacts) => Map<IpFamily, string>, issues: Issue[]): void {
  const first: Partial<Record<IpFamily, AttachmentUse>> = {}
  for (const use of facts.uses) {
    if (!use.network) continue
    for (const [family, reason] of claimsOf(use.network)) {
      const earlier = first[family]
      if (!earlier) {
        first[family] = use
        issues.push(attachmentIssue('default-route.taken-from-cluster-network', use, 'network', {
          network: use.network.network.name, family, reason, interface: interfaceOf(use),
        }))
      } else {
        issues.push(attachmentIssue('default-route.claimed-by-several-attachments', use, 'network', {
          interface: interfaceOf(use), otherInterface: interfaceOf(earlier), family, reason,
        }))
      }
    }
  }
}

/**
 * R-DEFAULT-ROUTE: NADs that add a default route take it from eth0 (several fight over it); the annotation's
 * default-route allows one gateway per family, reachable on its attachment. Once any entry sets default-route,
 * Multus removes the other default routes, so the NAD-driven ones no longer matter.
 */
export function validateDefaultRoutes(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  const claims = new Map<NetworkFacts, Map<IpFamily, string>>()
  const claimsOf = (network: NetworkFacts) => {
    let found = claims.get(network)
    if (!found) claims.set(network, (found = defaultRouteClaims(network)))
    return found
  }
  for (const facts of index.workloads) {
    if (facts.uses.some((use) => (use.attachment.defaultRoute?.length ?? 0) > 0)) validateRequestedRoutes(facts, issues)
    else validateClaimedRoutes(facts, claimsOf, issues)
  }
  return issues
}
