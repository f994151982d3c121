import type { StaticIpam } from '../project/model'
import { keepsFixedAddresses } from './attachment-subnets'
import { attachmentIssue, describeWorkload, networkIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { AttachmentUse, NetworkFacts, ProjectIndex } from './project-index'
import { addressKey, parseRequestedAddress } from './requested-address'
import { cidrOfField } from './cidr-of-field'

function staticIpamOf(facts: NetworkFacts | undefined): StaticIpam | undefined {
  const ipam = facts?.config?.ipam
  return ipam?.type === 'static' ? ipam : undefined
}

/**
 * R-STATIC-DUP: static keeps no state, so one address must come from one place: one NAD's fixed addresses used
 * by one pod once, or one pod's requested ips. Two NADs, two pods, two attachments or several replicas collide.
 */
export function validateStaticAddresses(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  const holders = new Map<string, string>()
  const claim = (key: string, owner: string): string | undefined => {
    const holder = holders.get(key)
    if (holder === undefined) holders.set(key, owner)
    return holder
  }

  for (const facts of index.networks) {
    for (const [k, { address }] of (staticIpamOf(facts)?.addresses ?? []).entries()) {
      const cidr = cidrOfField(address)
      if (!cidr) continue
      const other = claim(addressKey(cidr.address), `NAD ${facts.key}`)
      if (other) issues.push(networkIssue('static.address-duplicated', facts, `config.ipam.addresses.${k}.address`, { ip: address, other }))
    }
  }

  const firstUse = new Map<NetworkFacts, AttachmentUse>()
  for (const workload of index.workloads) {
    const { kind, name } = workload.workload
    // A workload scaled to zero runs no pod, so it holds no address.
    if (workload.pods === 0) continue
    for (const use of workload.uses) {
      const ipam = staticIpamOf(use.network)
      if (!ipam || !use.network) continue
      const network = use.network.network.name
      const fixed = (ipam.addresses ?? [])[0]?.address
      if (fixed !== undefined && keepsFixedAddresses(use)) {
        const earlier = firstUse.get(use.network)
        if (!earlier) firstUse.set(use.network, use)
        else if (earlier.workload === workload) {
          issues.push(attachmentIssue('static.address-attached-twice', use, 'network', { network, ip: fixed }))
        } else {
          issues.push(attachmentIssue('static.address-duplicated', use, 'network', { ip: fixed, other: describeWorkload(earlier) }))
        }
        if (workload.pods > 1) {
          issues.push(attachmentIssue('static.address-shared-by-replicas', use, 'network', { kind, workload: name, pods: workload.pods, ip: fixed, network }))
        }
      }
      for (const [j, text] of (use.attachment.ips ?? []).entries()) {
        const requested = parseRequestedAddress(text)
        if (!requested?.hasPrefix) continue
        const other = claim(addressKey(requested.ip), `${describeWorkload(use)} (entry ${use.index + 1})`)
        if (other) issues.push(attachmentIssue('static.address-duplicated', use, `ips.${j}`, { ip: text, other }))
        if (workload.pods > 1) {
          issues.push(attachmentIssue('static.address-shared-by-replicas', use, `ips.${j}`, { kind, workload: name, pods: workload.pods, ip: text, network }))
        }
      }
    }
  }
  return issues
}
