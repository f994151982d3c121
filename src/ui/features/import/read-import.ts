import { importFiles, locateImportFindings, type InputFile, type LocatedFinding, type Project } from '../../../core'

/** One object the import understood, with where it was found. */
export interface ImportedObject {
  kind: 'network' | 'workload'
  id: string
  /** `namespace/name · plugin` or `Kind/name`, for the preview. */
  label: string
  /** How many networks a workload attaches to (0 for a network). */
  attachments: number
  file?: string
  line?: number
}

/** What an import understood, as plain data (it crosses from the worker to the page). */
export interface ImportSummary {
  project: Project
  objects: ImportedObject[]
  findings: LocatedFinding[]
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
      kind: 'network' as const, id: network.id, attachments: 0, ...place(network.id),
      label: `${network.namespace}/${network.name} · ${network.config?.type === 'foreign' ? String(network.config.raw.type ?? '?') : (network.config?.type ?? '?')}`,
    })),
    ...project.workloads.map((workload) => ({
      kind: 'workload' as const, id: workload.id, attachments: workload.attachments.length, ...place(workload.id),
      label: `${workload.kind}/${workload.name} (${workload.namespace})`,
    })),
  ]
  return { project, objects, findings: locateImportFindings(files, imported), files: files.map((file) => file.name) }
}
