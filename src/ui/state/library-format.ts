/** The keys and the index record of the project library in browser storage. */

/** The index: which projects exist, their names and order, and which one was open. */
export const LIBRARY_KEY = 'nad-designer.library'
/** Where a library index that could not be read is kept, so a later version or a person can still recover it. */
export const DAMAGED_LIBRARY_KEY = 'nad-designer.library.damaged'
/** The single project of builds before the library (library version 0), in the core's project file format. */
export const LEGACY_PROJECT_KEY = 'nad-designer.project'
/** The selection of that single project. */
export const LEGACY_SELECTION_KEY = 'nad-designer.selection'

const PROJECT_PREFIX = 'nad-designer.projects.'
const SELECTION_PREFIX = 'nad-designer.selections.'

export const LIBRARY_FORMAT = 'nad-designer-library'
/** The index version this build writes. Bump it, and read the older shape here, when the index changes shape. */
export const LIBRARY_VERSION = 1

/** The record of one project: its text is the core's project file (which carries its own version and migrations). */
export const projectKey = (id: string) => `${PROJECT_PREFIX}${id}`
/** What was selected in one project, so a reload comes back to it. */
export const selectionKey = (id: string) => `${SELECTION_PREFIX}${id}`

/** The project id a storage key holds the record of, if it is a project record. */
export function projectIdOfKey(key: string): string | undefined {
  return key.startsWith(PROJECT_PREFIX) && key.length > PROJECT_PREFIX.length ? key.slice(PROJECT_PREFIX.length) : undefined
}

export interface LibraryEntry {
  id: string
  name: string
}

export interface LibraryIndex {
  currentId: string
  projects: LibraryEntry[]
}

/** Why an index record could not be read. */
export type IndexProblem = 'invalid-json' | 'unknown-format' | 'newer-version' | 'invalid-shape'

/** The index record as stored text. */
export function serializeLibraryIndex(index: LibraryIndex): string {
  return JSON.stringify({ format: LIBRARY_FORMAT, version: LIBRARY_VERSION, ...index })
}

function isEntry(value: unknown): value is LibraryEntry {
  if (typeof value !== 'object' || value === null) return false
  const { id, name } = value as Record<string, unknown>
  return typeof id === 'string' && id.length > 0 && typeof name === 'string'
}

/** Reads an index record; never throws. */
export function parseLibraryIndex(text: string): { index: LibraryIndex } | { problem: IndexProblem } {
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch {
    return { problem: 'invalid-json' }
  }
  if (typeof record !== 'object' || record === null || (record as Record<string, unknown>).format !== LIBRARY_FORMAT) {
    return { problem: 'unknown-format' }
  }
  const { version, currentId, projects } = record as Record<string, unknown>
  if (typeof version === 'number' && version > LIBRARY_VERSION) return { problem: 'newer-version' }
  if (version !== LIBRARY_VERSION || typeof currentId !== 'string' || !Array.isArray(projects) || !projects.every(isEntry)) {
    return { problem: 'invalid-shape' }
  }
  if (new Set(projects.map((entry) => entry.id)).size !== projects.length) return { problem: 'invalid-shape' }
  return { index: { currentId, projects: projects.map(({ id, name }) => ({ id, name })) } }
}

/** Why storage refused a write: full, or not there at all (private mode, disabled, blocked). */
export type StorageFailure = 'quota' | 'unavailable'

/** Tells a full storage from an unavailable one by the error a write threw. */
export function classifyStorageError(error: unknown): StorageFailure {
  const { name, code } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; code?: unknown }
  // Chromium and WebKit name it QuotaExceededError (code 22); older Firefox used its own name and code 1014
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014 ? 'quota' : 'unavailable'
}

/** `base`, or `base 2`, `base 3`… — the first that no project is named yet. */
export function uniqueName(base: string, taken: readonly LibraryEntry[]): string {
  const names = new Set(taken.map((entry) => entry.name))
  if (!names.has(base)) return base
  let n = 2
  while (names.has(`${base} ${n}`)) n++
  return `${base} ${n}`
}
