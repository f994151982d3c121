import { parseMac } from '../net/parse-mac'
import { attachmentIssue, describeWorkload, networkIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { AttachmentUse, NetworkFacts, ProjectIndex } from './project-index'

/** The L2 segment an attachment's MAC must be unique on; undefined where a requested mac has no effect (ipvlan). */
function segmentOf(facts: NetworkFacts): string | undefined {
  if (facts.config?.type === 'macvlan' && facts.master !== undefined) return `master ${facts.master}`
  if (facts.bridge !== undefined) return `bridge ${facts.bridge}`
  return undefined
}

function validateNadMacs(index: ProjectIndex, issues: Issue[]): void {
  for (const facts of index.networks) {
    if (facts.config?.type !== 'macvlan' || !facts.config.mac) continue
    // A pod's own mac (annotation, via capabilities.mac or CNI_ARGS MAC) overrides the NAD's.
    let pods = 0
    for (const use of facts.uses) if (!use.attachment.mac) pods += use.workload.pods
    if (pods > 1) {
      issues.push(networkIssue('macvlan.fixed-mac-shared-by-pods', facts, 'config.mac', {
        mac: facts.config.mac, pods, master: facts.master ?? 'its master',
      }))
    }
  }
}

function validateAnnotationMacs(index: ProjectIndex, issues: Issue[]): void {
  const holders = new Map<string, AttachmentUse>()
  for (const workload of index.workloads) {
    if (workload.pods === 0) continue
    for (const use of workload.uses) {
      const mac = use.attachment.mac
      const bytes = mac ? parseMac(mac) : undefined
      const segment = use.network ? segmentOf(use.network) : undefined
      if (!mac || !bytes || segment === undefined) continue
      const key = `${segment}|${bytes.join(':')}`
      const holder = holders.get(key)
      if (holder) {
        issues.push(attachmentIssue('attachment.mac-duplicated', use, 'mac', {
          mac, otherWorkload: describeWorkload(holder), otherPosition: holder.index + 1, segment,
        }))
      } else {
        holders.set(key, use)
      }
      if (workload.pods > 1) {
        issues.push(attachmentIssue('attachment.mac-shared-by-replicas', use, 'mac', {
          mac, kind: workload.workload.kind, workload: workload.workload.name, pods: workload.pods,
        }))
      }
    }
  }
}

/** R-MAC-STATIC: a fixed MAC (in a macvlan NAD, or requested in the annotation) is worn by one interface per segment. */
export function validateFixedMacs(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  validateNadMacs(index, issues)
  validateAnnotationMacs(index, issues)
  return issues
}
