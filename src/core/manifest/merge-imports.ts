import { emptyProject } from '../project/model'
import type { IssueTarget } from '../validation/issue'
import type { ImportResult } from './import-yaml'

function renameTarget(target: IssueTarget, renames: Map<string, string>): IssueTarget {
  if ((target.kind === 'network' || target.kind === 'workload') && renames.has(target.id)) {
    return { kind: target.kind, id: renames.get(target.id) ?? target.id }
  }
  return target
}

/** Combines several imports (one per file) into one project; ids that repeat get `#2`, `#3`, ... as within a file. */
export function mergeImports(results: readonly ImportResult[]): ImportResult {
  // One file: its ids are already unique, so there is nothing to rename or copy.
  if (results.length === 1 && results[0]) return results[0]
  const merged: ImportResult = { project: emptyProject(), findings: [], origins: {} }
  const taken = new Set<string>()
  const unique = (id: string) => {
    let candidate = id
    for (let n = 2; taken.has(candidate); n++) candidate = `${id.replace(/#\d+$/, '')}#${n}`
    taken.add(candidate)
    return candidate
  }
  for (const result of results) {
    const renames = new Map<string, string>()
    for (const network of result.project.networks) {
      const id = unique(network.id)
      if (id !== network.id) renames.set(network.id, id)
      merged.project.networks.push({ ...network, id })
    }
    for (const workload of result.project.workloads) {
      const id = unique(workload.id)
      if (id !== workload.id) renames.set(workload.id, id)
      merged.project.workloads.push({ ...workload, id })
    }
    merged.project.passThrough.push(...result.project.passThrough)
    for (const [id, origin] of Object.entries(result.origins)) merged.origins[renames.get(id) ?? id] = origin
    for (const finding of result.findings) merged.findings.push({ ...finding, target: renameTarget(finding.target, renames) })
  }
  return merged
}
