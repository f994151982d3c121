import { emptyProject, parseProjectFile, serializeProjectFile, type Issue } from '../../core'
import {
  DAMAGED_LIBRARY_KEY, LEGACY_PROJECT_KEY, LEGACY_SELECTION_KEY, LIBRARY_KEY, parseLibraryIndex, projectIdOfKey, projectKey,
  selectionKey, uniqueName, type IndexProblem, type LibraryIndex, type StorageFailure,
} from './library-format'

/** The part of the Web Storage API the library uses. */
export type LibraryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

/** Names given to projects the library makes up itself, in the UI language. */
export interface LibraryNames {
  /** the project of a new, empty library, and the one migrated from the single-project key */
  first: string
  /** a project record found in storage that the index did not list */
  recovered: string
}

/** Why a project record cannot be opened; the record itself stays in storage. */
export type RecordProblem = { kind: 'missing' } | { kind: 'unreadable'; issue: Issue }

/** Something found while reading storage that the user must hear about. */
export type LibraryNotice =
  | { kind: 'damaged-index'; problem: IndexProblem; keptAt: string; recovered: number }
  | { kind: 'damaged-project'; name: string; problem: RecordProblem }
  /** opened, but the core left out or replaced parts it could not read; `original` is the text as it was stored */
  | { kind: 'repaired-project'; name: string; repairs: Issue[]; original: string }

/** The library in memory: the truth the page works on; storage is brought in line with it by `writes`. */
export interface LibraryState {
  index: LibraryIndex
  /** every project record's text, damaged ones too */
  texts: Map<string, string>
  problems: Map<string, RecordProblem>
  selections: Map<string, string>
  notices: LibraryNotice[]
  /** records to write (key → text); the index is written after them when `indexDirty` */
  writes: Map<string, string>
  indexDirty: boolean
  /** keys to remove once every write has succeeded (the migrated single-project key) */
  removals: string[]
  /** set when storage could not even be read */
  failure?: StorageFailure
}

/** Why a stored record cannot be opened, if it cannot. */
export function recordProblem(text: string | null): RecordProblem | undefined {
  if (text === null) return { kind: 'missing' }
  const { project, issues } = parseProjectFile(text)
  return project ? undefined : { kind: 'unreadable', issue: issues[0] ?? { code: 'project-file.unknown-format', severity: 'error', target: { kind: 'project' }, field: '', params: {} } }
}

function storedKeys(storage: LibraryStorage): string[] {
  return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => key !== null)
}

/** A library of one empty project (storage empty or unreadable). */
function freshLibrary(state: LibraryState, names: LibraryNames, newId: () => string) {
  const id = newId()
  state.index.projects.push({ id, name: uniqueName(names.first, state.index.projects) })
  state.index.currentId = id
  state.texts.set(id, serializeProjectFile(emptyProject()))
  state.writes.set(projectKey(id), state.texts.get(id) ?? '')
  state.indexDirty = true
}

/**
 * Reads the library from storage, migrating what earlier builds stored and recovering what it can. Never throws and never
 * writes: whatever must be written (a migration, a repaired index) is listed in `writes`, so nothing old is removed before
 * the new records are safely stored.
 */
export function readLibrary(storage: LibraryStorage | undefined, names: LibraryNames, newId: () => string): LibraryState {
  let state = emptyLibrary()
  try {
    if (!storage) throw new Error('no storage')
    readStored(storage, state, names, newId)
  } catch {
    // private mode or storage switched off: work in memory, and say so
    state = { ...emptyLibrary(), failure: 'unavailable' }
  }
  const readable = state.index.projects.filter((entry) => !state.problems.has(entry.id))
  if (readable.length === 0) freshLibrary(state, names, newId)
  else if (!readable.some((entry) => entry.id === state.index.currentId)) {
    state.index.currentId = readable[0]?.id ?? ''
    state.indexDirty = true
  }
  return state
}

function emptyLibrary(): LibraryState {
  return {
    index: { currentId: '', projects: [] }, texts: new Map(), problems: new Map(), selections: new Map(), notices: [],
    writes: new Map(), indexDirty: false, removals: [],
  }
}

function readStored(storage: LibraryStorage, state: LibraryState, names: LibraryNames, newId: () => string) {
  const indexText = storage.getItem(LIBRARY_KEY)
  if (indexText !== null) {
    const parsed = parseLibraryIndex(indexText)
    if ('index' in parsed) state.index = parsed.index
    else {
      // kept as it was (a newer build may read it); every project record in storage is listed again below
      const keptAt = storage.getItem(DAMAGED_LIBRARY_KEY) === null ? DAMAGED_LIBRARY_KEY : `${DAMAGED_LIBRARY_KEY}.${newId()}`
      state.writes.set(keptAt, indexText)
      state.notices.push({ kind: 'damaged-index', problem: parsed.problem, keptAt, recovered: 0 })
    }
  }
  const listed = new Set(state.index.projects.map((entry) => entry.id))
  const orphans = storedKeys(storage).map(projectIdOfKey).filter((id): id is string => id !== undefined && !listed.has(id)).sort()
  for (const id of orphans) state.index.projects.push({ id, name: uniqueName(names.recovered, state.index.projects) })
  const damagedIndex = state.notices.find((notice) => notice.kind === 'damaged-index')
  if (damagedIndex) damagedIndex.recovered = orphans.length
  if (orphans.length > 0 || indexText === null || damagedIndex) state.indexDirty = true

  for (const entry of state.index.projects) {
    const text = storage.getItem(projectKey(entry.id))
    if (text !== null) state.texts.set(entry.id, text)
    const selection = storage.getItem(selectionKey(entry.id))
    if (selection !== null) state.selections.set(entry.id, selection)
    const problem = recordProblem(text)
    if (problem) {
      state.problems.set(entry.id, problem)
      state.notices.push({ kind: 'damaged-project', name: entry.name, problem })
    }
  }
  adoptLegacyProject(storage, state, names, newId)
}

/** The single project of earlier builds becomes a project of the library; its key goes once the new records are stored. */
function adoptLegacyProject(storage: LibraryStorage, state: LibraryState, names: LibraryNames, newId: () => string) {
  const text = storage.getItem(LEGACY_PROJECT_KEY)
  if (text === null) return
  const id = newId()
  const entry = { id, name: uniqueName(names.first, state.index.projects) }
  state.index.projects.push(entry)
  state.index.currentId = id
  state.texts.set(id, text)
  state.writes.set(projectKey(id), text)
  const selection = storage.getItem(LEGACY_SELECTION_KEY)
  if (selection !== null) {
    state.selections.set(id, selection)
    state.writes.set(selectionKey(id), selection)
  }
  state.indexDirty = true
  state.removals.push(LEGACY_PROJECT_KEY, LEGACY_SELECTION_KEY)
  const problem = recordProblem(text)
  if (problem) {
    state.problems.set(id, problem)
    state.notices.push({ kind: 'damaged-project', name: entry.name, problem })
  }
}
