import type { Issue } from './issue'
import { attachmentIssue } from './cross-object-issue'
import type { ProjectIndex } from './project-index'

/**
 * R-NAD-MISSING and R-NAMESPACE: every annotation entry names a NAD that exists in the namespace it resolves in
 * (its own, else the pod's), preferably the pod's own, and whose spec.config Multus can load.
 */
export function validateNetworkReferences(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  for (const workload of index.workloads) {
    for (const use of workload.uses) {
      const { attachment, namespace } = use
      if (!use.network) {
        const elsewhere = index.byName.get(attachment.network)?.[0]
        issues.push(elsewhere
          ? attachmentIssue('attachment.network-in-other-namespace', use, 'network', {
            network: attachment.network, namespace, otherNamespace: elsewhere.network.namespace,
          })
          : attachmentIssue('attachment.network-not-found', use, 'network', { network: attachment.network, namespace }))
        continue
      }
      if (namespace !== workload.workload.namespace) {
        issues.push(attachmentIssue('attachment.cross-namespace-reference', use, 'namespace', {
          network: attachment.network, namespace, podNamespace: workload.workload.namespace,
        }))
      }
      const network = use.network.network
      if (network.config === undefined && network.configText !== undefined) {
        issues.push(attachmentIssue('attachment.network-config-unparseable', use, 'network', { network: network.name }))
      } else if (network.config === undefined && network.conflist === undefined) {
        // A conflist without plugins (config undefined, conflist set) is reported on the NAD: conflist.plugins-empty.
        issues.push(attachmentIssue('attachment.network-has-no-config', use, 'network', { network: network.name }))
      }
    }
  }
  return issues
}
