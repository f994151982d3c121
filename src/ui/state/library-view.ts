import type { TabStorage } from './tab-open-project'
import type { StorageFailure, LibraryEntry } from './library-format'
import type { LibraryNames, LibraryNotice, RecordProblem } from './read-library'

/** What the project menu shows. */
export interface LibraryView {
  projects: { id: string; name: string; problem?: RecordProblem }[]
  currentId: string
  currentName: string
  /** the latest changes are stored, or why not */
  failure?: StorageFailure
  notices: LibraryNotice[]
  /** the project just deleted, while it can be undone */
  deleted?: { name: string }
  /** another tab changed or deleted the open project while this tab had changes of its own */
  conflict?: TabConflict['kind']
}

/** The open project, changed in another tab (`theirs` is its stored text) or deleted there, while this tab changed it too. */
export type TabConflict = { kind: 'changed'; theirs: string } | { kind: 'deleted'; entry: LibraryEntry }

export interface LibraryOptions {
  names: LibraryNames
  newId: () => string
  /** autosave waits this long after the last change */
  delayMs?: number
  /** a failed write is tried again after this long, then twice as long each time */
  retryMs?: number
  /** this tab's own storage (sessionStorage), where it remembers its open project across reloads */
  tabStorage?: TabStorage
}

/** A deleted project, kept while its deletion can be undone. */
export interface Deleted { entry: LibraryEntry; position: number; text: string; selection?: string; problem?: RecordProblem; wasCurrent: boolean }
