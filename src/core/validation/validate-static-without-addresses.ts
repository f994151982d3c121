import { interfaceNameAt } from '../project/interface-names'
import { attachmentIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { ProjectIndex } from './project-index'

/**
 * A static IPAM without addresses gets every address from the pod's `ips` (runtimeConfig with capabilities.ips,
 * else Multus' CNI_ARGS IP=). An attachment that requests none leaves static with nothing to return, and the
 * main plugin fails with "IPAM plugin returned missing IP config".
 */
export function validateStaticWithoutAddresses(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  for (const workload of index.workloads) {
    // A workload scaled to zero starts no pod, so nothing fails.
    if (workload.pods === 0) continue
    for (const use of workload.uses) {
      const ipam = use.network?.config?.ipam
      if (ipam?.type !== 'static' || (ipam.addresses?.length ?? 0) > 0 || (use.attachment.ips?.length ?? 0) > 0) continue
      issues.push(attachmentIssue('attachment.static-without-addresses-needs-ips', use, 'ips', {
        network: use.network!.network.name,
        interface: interfaceNameAt(use.attachment, use.index),
      }))
    }
  }
  return issues
}
