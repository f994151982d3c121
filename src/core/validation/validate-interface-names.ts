import { isValidInterfaceName } from '../net/is-valid-interface-name'
import { interfaceNameAt } from '../project/interface-names'
import type { Issue } from './issue'
import { annotationValueIssue, attachmentIssue } from './cross-object-issue'
import type { ProjectIndex, WorkloadFacts } from './project-index'

// Names that exist in every pod before Multus adds attachments: the cluster network's interface and loopback.
const RESERVED: Record<string, string> = { eth0: 'the cluster network interface', lo: 'loopback' }

function validateWorkload(facts: WorkloadFacts, issues: Issue[]): void {
  const firstByName = new Map<string, number>()
  for (const use of facts.uses) {
    const requested = use.attachment.interface
    const name = interfaceNameAt(use.attachment, use.index)
    if (requested) {
      if (!isValidInterfaceName(requested)) {
        issues.push(annotationValueIssue('annotation.interface-name-invalid', use, 'interface', { interface: requested }))
      }
      const reason = RESERVED[requested]
      if (reason) issues.push(attachmentIssue('interface.name-reserved', use, 'interface', { interface: requested, reason }))
    }
    const prior = firstByName.get(name)
    if (prior === undefined) {
      firstByName.set(name, use.index)
      continue
    }
    const other = facts.uses[prior]!
    const otherRequested = Boolean(other.attachment.interface)
    if (requested && otherRequested) {
      issues.push(attachmentIssue('interface.name-duplicated', use, 'interface', {
        interface: name, otherPosition: prior + 1, otherNetwork: other.attachment.network,
      }))
    } else if (requested) {
      issues.push(attachmentIssue('interface.name-clashes-with-automatic-name', use, 'interface', {
        interface: name, otherPosition: prior + 1, otherNetwork: other.attachment.network,
      }))
    } else {
      // An earlier entry asked for this entry's automatic name: the name to change is on the earlier entry.
      issues.push(attachmentIssue('interface.name-clashes-with-automatic-name', other, 'interface', {
        interface: name, otherPosition: use.index + 1, otherNetwork: use.attachment.network,
      }))
    }
  }
}

/** R-IFNAME: per pod, interface names must be valid, unique and clear of eth0 and the automatic net<position> names. */
export function validateInterfaceNames(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  for (const facts of index.workloads) validateWorkload(facts, issues)
  return issues
}
