import type { Network, Project, Workload } from '../project/model'
import { emitNadYaml, type EmitOptions } from './emit-nad-yaml'
import { emitWorkloadYaml } from './emit-workload-yaml'

function byNamespaceAndName(a: { namespace: string; name: string }, b: { namespace: string; name: string }): number {
  if (a.namespace !== b.namespace) return a.namespace < b.namespace ? -1 : 1
  if (a.name !== b.name) return a.name < b.name ? -1 : 1
  return 0
}

/** The networks in the order every bundle writes them: by namespace, then name. */
export function sortNetworksForBundle(networks: readonly Network[]): Network[] {
  return [...networks].sort(byNamespaceAndName)
}

/** The workloads in the order every bundle writes them: by namespace, name, then kind. */
export function sortWorkloadsForBundle(workloads: readonly Workload[]): Workload[] {
  return [...workloads].sort((a, b) => byNamespaceAndName(a, b) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
}

/** Every NAD (sorted by namespace, name), then every workload, as one `---`-separated YAML stream. */
export function emitBundleYaml(project: Project, options: EmitOptions = {}): string {
  const networks = sortNetworksForBundle(project.networks).map((network) => emitNadYaml(network, options))
  const workloads = sortWorkloadsForBundle(project.workloads).map((workload) => emitWorkloadYaml(workload))
  return [...networks, ...workloads].join('---\n')
}
