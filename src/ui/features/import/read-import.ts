import { importFiles, isLeftOutFinding, locateImportFindings, type InputFile, type LocatedFinding, type Network, type Project } from '../../../core'

/** Parts of a NAD the designer does not model and writes back as they were: a foreign plugin or IPAM, a conflist's chain, unparseable JSON. */
export type VerbatimPart = 'plugin' | 'ipam' | 'chain' | 'config-text'

function verbatimParts(network: Network): VerbatimPart[] {
  const parts: VerbatimPart[] = []
  if (network.config?.type === 'foreign') parts.push('plugin')
  else if (network.config?.ipam?.type === 'foreign') parts.push('ipam')
  if (network.conflist && network.conflist.chain.length > 0) parts.push('chain')
  if (network.configText !== undefined) parts.push('config-text')
  return parts
}

/** One object the import understood, with where it was found. */
export interface ImportedObject {
  /** A NAD or a workload the designer models, or an object kept as written for the bundle. */
  kind: 'network' | 'workload' | 'pass-through'
  id: string
  /** `namespace/name · plugin`, `Kind/name (namespace)` or `Kind/name`, for the preview. */
  label: string
  /** How many networks a workload attaches to (0 for a network). */
  attachments: number
  /** What of a NAD is kept as written (empty for other objects). */
  verbatim: VerbatimPart[]
  file?: string
  line?: number
}

/** What an import understood, as plain data (it crosses from the worker to the page). */
export interface ImportSummary {
  project: Project
  objects: ImportedObject[]
  findings: LocatedFinding[]
  /** The findings that mean a document (or the rest of the input) is in neither the project nor the bundle. */
  leftOut: LocatedFinding[]
  files: string[]
}

/** Reads the files as one project and says what was found and what is wrong, each on its file and line. */
export function readImport(files: readonly InputFile[]): ImportSummary {
  const imported = importFiles(files)
  const { project, origins } = imported
  const place = (id: string) => {
    const origin = origins[id]
    return { ...(origin?.source !== undefined && { file: origin.source }), ...(origin && { line: origin.line }) }
  }
  const objects: ImportedObject[] = [
    ...project.networks.map((network) => ({
      kind: 'network' as const, id: network.id, attachments: 0, verbatim: verbatimParts(network), ...place(network.id),
      label: `${network.namespace}/${network.name} · ${network.config?.type === 'foreign' ? String(network.config.raw.type ?? '?') : (network.config?.type ?? '?')}`,
    })),
    ...project.workloads.map((workload) => ({
      kind: 'workload' as const, id: workload.id, attachments: workload.attachments.length, verbatim: [], ...place(workload.id),
      label: `${workload.kind}/${workload.name} (${workload.namespace})`,
    })),
    ...project.passThrough.map((object, index) => {
      const { origin } = object
      return {
        kind: 'pass-through' as const, id: `pass-through:${index}`, attachments: 0, verbatim: [],
        ...(origin?.source !== undefined && { file: origin.source }), ...(origin && { line: origin.line }),
        label: `${object.kind}/${object.name || '?'}${object.namespace === undefined ? '' : ` (${object.namespace})`}`,
      }
    }),
  ]
  const findings = locateImportFindings(files, imported)
  return { project, objects, findings, leftOut: findings.filter((finding) => isLeftOutFinding(finding.issue)), files: files.map((file) => file.name) }
}
