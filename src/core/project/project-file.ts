import { isRecord } from '../cni/encode-fields'
import type { Issue } from '../validation/issue'
import type { Project } from './model'
import { PROJECT_FILE_ISSUES, type ProjectFileCode } from './project-file-issues'
import { readStoredProject } from './read-stored-project'

/** The `format` tag of a saved project. */
export const PROJECT_FILE_FORMAT = 'nad-designer-project'
/** The version this build writes. Bump it and add a migration when the model changes shape. */
export const PROJECT_FILE_VERSION = 2

/** A saved project: format tag, version, and the project itself. */
export interface ProjectFile {
  format: typeof PROJECT_FILE_FORMAT
  version: number
  project: Project
}

/** Upgrades a project of version N to N + 1; a missing step means N is the current version. */
const MIGRATIONS: Record<number, (project: Record<string, unknown>) => Record<string, unknown>> = {
  // 2 keeps imported objects the designer does not model; a version-1 project never had any.
  1: (project) => ({ ...project, passThrough: [] }),
}

/** The saved form of a project as JSON text (stable, 2-space indented). */
export function serializeProjectFile(project: Project): string {
  const file: ProjectFile = { format: PROJECT_FILE_FORMAT, version: PROJECT_FILE_VERSION, project }
  return `${JSON.stringify(file, null, 2)}\n`
}

function fileIssue(code: ProjectFileCode, params: Issue['params'] = {}): Issue {
  return { code, severity: PROJECT_FILE_ISSUES[code].severity, target: { kind: 'project' }, field: '', params }
}

// Networks and workloads that cannot be told apart are no project worth repairing; anything else is read entry by entry.
function identityProblem(project: Record<string, unknown>): string | undefined {
  const named = (item: unknown) => isRecord(item) && ['id', 'name', 'namespace'].every((key) => typeof item[key] === 'string')
  for (const field of ['networks', 'workloads']) {
    const list = project[field]
    if (!Array.isArray(list) || !list.every(named)) return field
  }
  return undefined
}

/** Reads a saved project, migrating older versions and repairing what it can (each repair reported); never throws. */
export function parseProjectFile(text: string): { project?: Project; issues: Issue[] } {
  let file: unknown
  try {
    file = JSON.parse(text)
  } catch (error) {
    return { issues: [fileIssue('project-file.invalid-json', { reason: (error as Error).message })] }
  }
  if (!isRecord(file) || file.format !== PROJECT_FILE_FORMAT || !isRecord(file.project)) {
    return { issues: [fileIssue('project-file.unknown-format')] }
  }
  const version = typeof file.version === 'number' && Number.isInteger(file.version) && file.version >= 1 ? file.version : undefined
  if (version === undefined || version > PROJECT_FILE_VERSION) {
    return { issues: [fileIssue('project-file.unsupported-version', { version: JSON.stringify(file.version) ?? 'none', supported: PROJECT_FILE_VERSION })] }
  }
  let project = file.project
  for (let step = version; step < PROJECT_FILE_VERSION; step++) project = MIGRATIONS[step]?.(project) ?? project
  const problem = identityProblem(project)
  if (problem) return { issues: [fileIssue('project-file.invalid-shape', { field: problem })] }
  return readStoredProject(project)
}
