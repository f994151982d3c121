import { MANIFEST_ISSUES } from '../manifest/manifest-issues'
import type { Issue } from '../validation/issue'
import { emptyProject, type Project } from './model'

/** The `format` tag of a saved project. */
export const PROJECT_FILE_FORMAT = 'nad-designer-project'
/** The version this build writes. Bump it and add a migration when the model changes shape. */
export const PROJECT_FILE_VERSION = 1

/** A saved project: format tag, version, and the project itself. */
export interface ProjectFile {
  format: typeof PROJECT_FILE_FORMAT
  version: number
  project: Project
}

/** Upgrades a project of version N to N + 1; a missing step means N is the current version. */
const MIGRATIONS: Record<number, (project: Record<string, unknown>) => Record<string, unknown>> = {}

/** The saved form of a project as JSON text (stable, 2-space indented). */
export function serializeProjectFile(project: Project): string {
  const file: ProjectFile = { format: PROJECT_FILE_FORMAT, version: PROJECT_FILE_VERSION, project }
  return `${JSON.stringify(file, null, 2)}\n`
}

function fileIssue(code: keyof typeof MANIFEST_ISSUES, params: Issue['params'] = {}): Issue {
  return { code, severity: MANIFEST_ISSUES[code].severity, target: { kind: 'project' }, field: '', params }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function shapeProblem(project: Record<string, unknown>): string | undefined {
  const named = (item: unknown) => isRecord(item) && ['id', 'name', 'namespace'].every((key) => typeof item[key] === 'string')
  if (!Array.isArray(project.networks) || !project.networks.every(named)) return 'networks'
  if (!Array.isArray(project.workloads) || !project.workloads.every((w) => named(w) && isRecord(w) && Array.isArray(w.attachments))) return 'workloads'
  if (project.hostNics !== undefined && !Array.isArray(project.hostNics)) return 'hostNics'
  if (project.platform !== undefined && !isRecord(project.platform)) return 'platform'
  return undefined
}

/** Reads a saved project, migrating older versions; never throws. */
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
    return { issues: [fileIssue('project-file.unsupported-version', { version: String(file.version), supported: PROJECT_FILE_VERSION })] }
  }
  let project = file.project
  for (let step = version; step < PROJECT_FILE_VERSION; step++) project = MIGRATIONS[step]?.(project) ?? project
  const problem = shapeProblem(project)
  if (problem) return { issues: [fileIssue('project-file.invalid-shape', { field: problem })] }
  const defaults = emptyProject()
  return { project: { ...defaults, ...project } as Project, issues: [] }
}
