import { crossObjectIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { ProjectIndex } from './project-index'

/** Two objects with one kind, namespace and name: Kubernetes keeps one, so the later silently replaces the earlier. */
export function validateDuplicates(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  for (const facts of index.networks) {
    if (index.byKey.get(facts.key) !== facts) {
      const { name, namespace, id } = facts.network
      issues.push(crossObjectIssue('network.duplicated', { kind: 'network', id }, 'name', { name, namespace }))
    }
  }
  const seen = new Set<string>()
  for (const { workload } of index.workloads) {
    const key = `${workload.kind}/${workload.namespace}/${workload.name}`
    if (!seen.has(key)) {
      seen.add(key)
      continue
    }
    issues.push(crossObjectIssue('workload.duplicated', { kind: 'workload', id: workload.id }, 'name', {
      kind: workload.kind, name: workload.name, namespace: workload.namespace,
    }))
  }
  return issues
}
