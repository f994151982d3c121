import type { PassThroughObject, Project } from '../project/model'
import type { Issue } from '../validation/issue'
import { validateProject } from '../validation/validate-project'
import { buildBundleReadme } from './build-bundle-readme'
import { BUNDLE_ISSUES } from './bundle-issues'
import { createBundleFileNamer, type BundleObjectSource } from './bundle-file-name'
import { sortNetworksForBundle, sortWorkloadsForBundle } from './emit-bundle-yaml'
import { dumpManifest, emitNadYaml, type EmitOptions } from './emit-nad-yaml'
import { emitWorkloadYaml } from './emit-workload-yaml'

/** How to build a bundle: the YAML style, and the directory name the README writes its commands with. */
export interface BundleOptions extends EmitOptions {
  /** Default `nad-designer`: the directory the files go into, here and under /etc/microshift/manifests.d/. */
  name?: string
}

/** One object of the bundle: its file, and what it is for the listing. */
export interface BundleEntry {
  path: string
  kind: string
  name: string
  namespace?: string
  source: BundleObjectSource
  text: string
}

/** A file of the bundle directory. */
export interface BundleFile {
  path: string
  text: string
}

/** What buildBundle gives: the one-stream YAML, the directory's files, and the errors a caller shows before letting it out. */
export interface Bundle {
  /** Every object as one multi-document YAML stream (for `oc apply -f`), in file order. */
  yaml: string
  /** The objects, in the order of `yaml`. */
  entries: BundleEntry[]
  /** One file per object, then kustomization.yaml and README.md. */
  files: BundleFile[]
  /** validateProject's errors: the caller says which before it lets the bundle out. Warnings never block. */
  blockingErrors: Issue[]
}

// Namespaces the cluster has from the start: a Namespace object for them would be redundant, and retiring the bundle
// through MicroShift's delete directories would delete them.
function isBuiltInNamespace(namespace: string): boolean {
  return ['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(namespace) || namespace.startsWith('openshift')
}

/** A safe directory name: the bundle name goes into shell commands and paths. */
function directoryName(name: string | undefined): string {
  const cleaned = (name ?? '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '')
  return cleaned.slice(0, 63) || 'nad-designer'
}

function namespaceEntries(project: Project, passedNamespaces: PassThroughObject[]): Omit<BundleEntry, 'path'>[] {
  const used = new Set<string>()
  for (const object of [...project.networks, ...project.workloads, ...project.passThrough]) {
    if (object.namespace !== undefined && !isBuiltInNamespace(object.namespace)) used.add(object.namespace)
  }
  const entries: Omit<BundleEntry, 'path'>[] = passedNamespaces.map((object) => ({ kind: 'Namespace', name: object.name, source: 'pass-through', text: object.text }))
  for (const namespace of used) {
    if (passedNamespaces.some((object) => object.name === namespace)) continue
    const text = dumpManifest({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } })
    entries.push({ kind: 'Namespace', name: namespace, source: 'namespace', text })
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** The kustomization that makes the directory appliable with `oc apply -k` and by MicroShift at start. */
function buildKustomization(entries: readonly BundleEntry[]): string {
  return dumpManifest({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: entries.map((entry) => entry.path) })
}

// kustomize identifies an object by kind, namespace and name, and refuses a second one (NADs and workloads that
// repeat are validateProject's findings already; passed-through objects are only checked here).
function duplicateObjects(entries: readonly BundleEntry[]): Issue[] {
  const byIdentity = new Map<string, BundleEntry[]>()
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
      return { code: 'bundle.duplicate-object', severity: BUNDLE_ISSUES['bundle.duplicate-object'].severity, target: { kind: 'project' }, field: '', params }
    })
}

/**
 * The design as a bundle to apply on a MicroShift device: Namespaces first (those the design uses, unless one is
 * passed through), then NADs, example workloads and the passed-through objects as imported. Always builds; the
 * errors come back in `blockingErrors` for the caller to show and decide on.
 */
export function buildBundle(project: Project, options: BundleOptions = {}): Bundle {
  // Namespaces come before the objects in them, so `oc apply -f` of the stream works on the first run.
  const passedNamespaces = project.passThrough.filter((object) => object.kind === 'Namespace')
  const drafts: Omit<BundleEntry, 'path'>[] = [
    ...namespaceEntries(project, passedNamespaces),
    ...sortNetworksForBundle(project.networks).map((network) => ({ kind: 'NetworkAttachmentDefinition', name: network.name, namespace: network.namespace, source: 'network' as const, text: emitNadYaml(network, options) })),
    ...sortWorkloadsForBundle(project.workloads).map((workload) => {
      const kind = typeof workload.manifest?.kind === 'string' ? workload.manifest.kind : workload.kind
      return { kind, name: workload.name, namespace: workload.namespace, source: 'workload' as const, text: emitWorkloadYaml(workload) }
    }),
    ...project.passThrough
      .filter((object) => object.kind !== 'Namespace')
      .map((object) => ({ kind: object.kind, name: object.name, ...(object.namespace !== undefined ? { namespace: object.namespace } : {}), source: 'pass-through' as const, text: object.text })),
  ]
  const fileName = createBundleFileNamer()
  const entries = drafts.map((draft) => ({ ...draft, path: fileName(draft.source === 'pass-through' && draft.kind === 'Namespace' ? 'namespace' : draft.source, draft) }))
  const name = directoryName(options.name)
  return {
    yaml: entries.map((entry) => entry.text).join('---\n'),
    entries,
    files: [
      ...entries.map((entry) => ({ path: entry.path, text: entry.text })),
      { path: 'kustomization.yaml', text: buildKustomization(entries) },
      { path: 'README.md', text: buildBundleReadme(project, entries, name) },
    ],
    blockingErrors: [...validateProject(project).filter((issue) => issue.severity === 'error'), ...duplicateObjects(entries)],
  }
}
