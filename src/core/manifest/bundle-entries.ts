import type { Network, PassThroughObject, Project, Workload } from '../project/model'
import { createBundleFileNamer, type BundleObjectSource } from './bundle-file-name'
import { dumpManifest, emitNadYaml, type EmitOptions } from './emit-nad-yaml'
import { emitWorkloadYaml } from './emit-workload-yaml'

/** Which object of the bundle, and its file: everything but its YAML. */
export interface BundleObjectIdentity {
  path: string
  kind: string
  name: string
  namespace?: string
  source: BundleObjectSource
  /** For a passed-through object: its index in `project.passThrough`. */
  passThroughIndex?: number
}

/** One object of the bundle: its file, what it is for the listing, and its YAML. */
export interface BundleEntry extends BundleObjectIdentity {
  text: string
}

/** An object of the bundle before it is named, with the YAML written only when asked for. */
type BundleDraft = Omit<BundleObjectIdentity, 'path'> & { write: () => string }

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

function passedDraft({ object, index }: IndexedObject): BundleDraft {
  return { kind: object.kind, name: object.name, ...(object.namespace !== undefined ? { namespace: object.namespace } : {}), source: 'pass-through', passThroughIndex: index, write: () => object.text }
}

function namespaceDrafts(project: Project, passedNamespaces: IndexedObject[]): BundleDraft[] {
  const used = new Set<string>()
  for (const object of [...project.networks, ...project.workloads, ...project.passThrough]) {
    if (object.namespace !== undefined && !isBuiltInNamespace(object.namespace)) used.add(object.namespace)
  }
  const drafts = passedNamespaces.map(passedDraft)
  for (const namespace of used) {
    if (passedNamespaces.some(({ object }) => object.name === namespace)) continue
    const write = () => dumpManifest({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } })
    drafts.push({ kind: 'Namespace', name: namespace, source: 'namespace', write })
  }
  return drafts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

// Namespaces come before the objects in them, so `oc apply -f` of the stream works on the first run.
function bundleDrafts(project: Project, options: EmitOptions): BundleDraft[] {
  const passed = project.passThrough.map((object, index) => ({ object, index }))
  const passedNamespaces = passed.filter(({ object }) => object.kind === 'Namespace')
  return [
    ...namespaceDrafts(project, passedNamespaces),
    ...sortNetworksForBundle(project.networks).map((network): BundleDraft => ({ kind: 'NetworkAttachmentDefinition', name: network.name, namespace: network.namespace, source: 'network', write: () => emitNadYaml(network, options) })),
    ...sortWorkloadsForBundle(project.workloads).map((workload): BundleDraft => {
      const kind = typeof workload.manifest?.kind === 'string' ? workload.manifest.kind : workload.kind
      return { kind, name: workload.name, namespace: workload.namespace, source: 'workload', write: () => emitWorkloadYaml(workload) }
    }),
    ...passed.filter(({ object }) => object.kind !== 'Namespace').map(passedDraft),
  ]
}

/** Names each draft's file; `finish` turns a named draft into what the caller keeps. */
function nameDrafts<T>(drafts: BundleDraft[], finish: (identity: BundleObjectIdentity, write: () => string) => T): T[] {
  const fileName = createBundleFileNamer()
  return drafts.map(({ write, ...identity }) => {
    const path = fileName(identity.source === 'pass-through' && identity.kind === 'Namespace' ? 'namespace' : identity.source, identity)
    return finish({ ...identity, path }, write)
  })
}

/**
 * The bundle's objects in apply order, each with its file name: Namespaces first (those the design uses, unless one is
 * passed through), then NADs, example workloads and the passed-through objects as imported.
 */
export function buildBundleEntries(project: Project, options: EmitOptions = {}): BundleEntry[] {
  return nameDrafts(bundleDrafts(project, options), (identity, write) => ({ ...identity, text: write() }))
}

/** The same objects and file names as `buildBundleEntries`, without writing any YAML (for checks that run per edit). */
export function bundleObjectIdentities(project: Project): BundleObjectIdentity[] {
  return nameDrafts(bundleDrafts(project, {}), (identity) => identity)
}
