import type { Network, PassThroughObject, Project, Workload } from '../project/model'
import { createBundleFileNamer, type BundleObjectSource } from './bundle-file-name'
import { dumpManifest, emitNadYaml, type EmitOptions } from './emit-nad-yaml'
import { emitWorkloadYaml } from './emit-workload-yaml'

/** One object of the bundle: its file, and what it is for the listing. */
export interface BundleEntry {
  path: string
  kind: string
  name: string
  namespace?: string
  source: BundleObjectSource
  /** For a passed-through object: its index in `project.passThrough`. */
  passThroughIndex?: number
  text: string
}

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

// Namespaces the cluster has from the start: a Namespace object for them would be redundant, and retiring the bundle
// through MicroShift's delete directories would delete them.
function isBuiltInNamespace(namespace: string): boolean {
  return ['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(namespace) || namespace.startsWith('openshift')
}

type IndexedObject = { object: PassThroughObject; index: number }

function passedEntry({ object, index }: IndexedObject): Omit<BundleEntry, 'path'> {
  return { kind: object.kind, name: object.name, ...(object.namespace !== undefined ? { namespace: object.namespace } : {}), source: 'pass-through', passThroughIndex: index, text: object.text }
}

function namespaceEntries(project: Project, passedNamespaces: IndexedObject[]): Omit<BundleEntry, 'path'>[] {
  const used = new Set<string>()
  for (const object of [...project.networks, ...project.workloads, ...project.passThrough]) {
    if (object.namespace !== undefined && !isBuiltInNamespace(object.namespace)) used.add(object.namespace)
  }
  const entries = passedNamespaces.map(passedEntry)
  for (const namespace of used) {
    if (passedNamespaces.some(({ object }) => object.name === namespace)) continue
    const text = dumpManifest({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } })
    entries.push({ kind: 'Namespace', name: namespace, source: 'namespace', text })
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/**
 * The bundle's objects in apply order, each with its file name: Namespaces first (those the design uses, unless one is
 * passed through), then NADs, example workloads and the passed-through objects as imported.
 */
export function buildBundleEntries(project: Project, options: EmitOptions = {}): BundleEntry[] {
  // Namespaces come before the objects in them, so `oc apply -f` of the stream works on the first run.
  const passed = project.passThrough.map((object, index) => ({ object, index }))
  const passedNamespaces = passed.filter(({ object }) => object.kind === 'Namespace')
  const drafts: Omit<BundleEntry, 'path'>[] = [
    ...namespaceEntries(project, passedNamespaces),
    ...sortNetworksForBundle(project.networks).map((network) => ({ kind: 'NetworkAttachmentDefinition', name: network.name, namespace: network.namespace, source: 'network' as const, text: emitNadYaml(network, options) })),
    ...sortWorkloadsForBundle(project.workloads).map((workload) => {
      const kind = typeof workload.manifest?.kind === 'string' ? workload.manifest.kind : workload.kind
      return { kind, name: workload.name, namespace: workload.namespace, source: 'workload' as const, text: emitWorkloadYaml(workload) }
    }),
    ...passed.filter(({ object }) => object.kind !== 'Namespace').map(passedEntry),
  ]
  const fileName = createBundleFileNamer()
  return drafts.map((draft) => ({ ...draft, path: fileName(draft.source === 'pass-through' && draft.kind === 'Namespace' ? 'namespace' : draft.source, draft) }))
}
