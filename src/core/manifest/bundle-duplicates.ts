import type { Project } from '../project/model'
import type { Issue } from '../validation/issue'
import { BUNDLE_ISSUES } from './bundle-issues'
import { bundleObjectIdentities, type BundleObjectIdentity } from './bundle-entries'

/** bundle.duplicate-object for each kind/namespace/name that more than one entry has, one of them passed through. */
export function duplicateObjectIssues(entries: readonly BundleObjectIdentity[]): Issue[] {
  // kustomize identifies an object by kind, namespace and name, and refuses a second one (NADs and workloads that
  // repeat are validateProject's findings already; passed-through objects are only checked here). The finding is on the
  // last passed-through copy, the one imported latest, so a click on it goes to a copy the user can remove.
  const byIdentity = new Map<string, BundleObjectIdentity[]>()
  for (const entry of entries) {
    const key = JSON.stringify([entry.kind, entry.namespace ?? '', entry.name])
    byIdentity.set(key, [...(byIdentity.get(key) ?? []), entry])
  }
  return [...byIdentity.values()]
    .filter((same) => same.length > 1 && same.some((entry) => entry.source === 'pass-through'))
    .map((same) => {
      const [first] = same
      const name = first?.namespace === undefined ? (first?.name ?? '') : `${first.namespace}/${first.name}`
      const params = { kind: first?.kind ?? '', name, files: same.map((entry) => entry.path).join(', ') }
      const index = same.findLast((entry) => entry.passThroughIndex !== undefined)?.passThroughIndex ?? 0
      return { code: 'bundle.duplicate-object', severity: BUNDLE_ISSUES['bundle.duplicate-object'].severity, target: { kind: 'passThrough', index }, field: '', params }
    })
}

/** What would block the bundle about its passed-through objects, without writing the bundle's README and kustomization. */
export function passThroughBundleIssues(project: Project): Issue[] {
  return project.passThrough.length === 0 ? [] : duplicateObjectIssues(bundleObjectIdentities(project))
}
