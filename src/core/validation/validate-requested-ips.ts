import { locateInRangeSets } from '../cni/ipam/host-local/host-local-range-sets'
import { formatCidrNetwork } from '../net/parse-cidr'
import type { Issue } from './issue'
import { annotationValueIssue, attachmentIssue, describeWorkload } from './cross-object-issue'
import type { AttachmentUse, ProjectIndex } from './project-index'
import { addressKey, parseRequestedAddress } from './requested-address'

function describeRanges(use: AttachmentUse): string {
  return (use.network?.rangeSets ?? []).flatMap((set) => set.ranges).map((range) => formatCidrNetwork(range.subnet)).join(', ')
}

/**
 * R-IP-IN-RANGE and R-REQ-IP-DUP: requested ips must parse; for host-local they must fall in a range and not on
 * its gateway, and one address can be held by only one pod per lease store; static needs a prefix on each.
 */
export function validateRequestedIps(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  const holders = new Map<string, AttachmentUse>()
  for (const workload of index.workloads) {
    for (const use of workload.uses) {
      const ipam = use.network?.config?.ipam
      for (const [j, text] of (use.attachment.ips ?? []).entries()) {
        const field = `ips.${j}`
        const requested = parseRequestedAddress(text)
        if (!requested) {
          issues.push(annotationValueIssue('annotation.ips-item-not-an-ip', use, field, { value: text }))
          continue
        }
        if (ipam?.type === 'static' && !requested.hasPrefix) {
          issues.push(attachmentIssue('attachment.requested-ip-needs-prefix', use, field, { ip: text }))
        }
        if (ipam?.type !== 'host-local' || !use.network?.rangeSets) continue
        const network = use.network.network.name
        const place = locateInRangeSets(use.network.rangeSets, requested.ip)
        if (place === 'outside') {
          issues.push(attachmentIssue('attachment.requested-ip-outside-pool', use, field, { ip: text, network, ranges: describeRanges(use) }))
          continue
        }
        if (place === 'gateway') {
          issues.push(attachmentIssue('attachment.requested-ip-is-gateway', use, field, { ip: text, network }))
          continue
        }
        // A workload scaled to zero runs no pod, so it holds no address.
        if (workload.pods === 0) continue
        const key = `${use.network.store}|${addressKey(requested.ip)}`
        const holder = holders.get(key)
        if (holder) {
          issues.push(attachmentIssue('attachment.requested-ip-duplicated', use, field, {
            ip: text, otherWorkload: describeWorkload(holder), otherPosition: holder.index + 1,
          }))
        } else {
          holders.set(key, use)
        }
        if (workload.pods > 1) {
          issues.push(attachmentIssue('attachment.requested-ip-shared-by-replicas', use, field, {
            ip: text, kind: workload.workload.kind, workload: workload.workload.name, pods: workload.pods,
          }))
        }
      }
    }
  }
  return issues
}
