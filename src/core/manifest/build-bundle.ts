import type { Project } from '../project/model'
import type { Issue } from '../validation/issue'
import { validateProject } from '../validation/validate-project'
import { buildBundleReadme } from './build-bundle-readme'
import { duplicateObjectIssues } from './bundle-duplicates'
import { buildBundleEntries, type BundleEntry } from './bundle-entries'
import { dumpManifest, type EmitOptions } from './emit-nad-yaml'

/** How to build a bundle: the YAML style, and the directory name the README writes its commands with. */
export interface BundleOptions extends EmitOptions {
  /** Default `nad-designer`: the directory the files go into, here and under /etc/microshift/manifests.d/. */
  name?: string
}

/** A file of the bundle directory. */
export interface BundleFile {
  path: string
  text: string
}

/** What buildBundle gives: the one-stream YAML, the directory's files, and the errors a caller shows before letting it out. */
export interface Bundle {
  /** The directory name the README's commands use (options.name made safe for a path and a shell). */
  name: string
  /** Every object as one multi-document YAML stream (for `oc apply -f`), in file order. */
  yaml: string
  /** The objects, in the order of `yaml`. */
  entries: BundleEntry[]
  /** One file per object, then kustomization.yaml and README.md. */
  files: BundleFile[]
  /** validateProject's errors: the caller says which before it lets the bundle out. Warnings never block. */
  blockingErrors: Issue[]
}

/** A safe directory name: the bundle name goes into shell commands and paths. */
function directoryName(name: string | undefined): string {
  const cleaned = (name ?? '').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '')
  return cleaned.slice(0, 63) || 'nad-designer'
}

/** The kustomization that makes the directory appliable with `oc apply -k` and by MicroShift at start. */
function buildKustomization(entries: readonly BundleEntry[]): string {
  return dumpManifest({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: entries.map((entry) => entry.path) })
}

/**
 * The design as a bundle to apply on a MicroShift device: Namespaces first (those the design uses, unless one is
 * passed through), then NADs, example workloads and the passed-through objects as imported. Always builds; the
 * errors come back in `blockingErrors` for the caller to show and decide on.
 */
export function buildBundle(project: Project, options: BundleOptions = {}): Bundle {
  const entries = buildBundleEntries(project, options)
  const name = directoryName(options.name)
  return {
    name,
    yaml: entries.map((entry) => entry.text).join('---\n'),
    entries,
    files: [
      ...entries.map((entry) => ({ path: entry.path, text: entry.text })),
      { path: 'kustomization.yaml', text: buildKustomization(entries) },
      { path: 'README.md', text: buildBundleReadme(project, entries, name) },
    ],
    blockingErrors: [...validateProject(project).filter((issue) => issue.severity === 'error'), ...duplicateObjectIssues(entries)],
  }
}
