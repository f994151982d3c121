import { emptyProject, parseProjectFile, serializeProjectFile, type Project } from '../../core'
import { designerActions } from './designer-actions'
import { createDesignerStore, type DesignerStore } from './designer-store'
import {
  classifyStorageError, LIBRARY_KEY, projectKey, selectionKey, serializeLibraryIndex, uniqueName, type LibraryEntry, type StorageFailure,
} from './library-format'
import { readLibrary, type LibraryNames, type LibraryNotice, type LibraryStorage, type RecordProblem } from './read-library'
import { parseSavedSelection } from './saved-selection'

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
}

export interface LibraryOptions {
  names: LibraryNames
  newId: () => string
  /** autosave waits this long after the last change */
  delayMs?: number
}

interface Deleted { entry: LibraryEntry; position: number; text: string; selection?: string; problem?: RecordProblem; wasCurrent: boolean }

/**
 * The page's projects: the designer store holds the open one; every change is written to storage shortly after, and a
 * storage that refuses is reported (the page keeps everything in memory and tries again on the next change).
 */
export function startProjectLibrary(storage: LibraryStorage | undefined, { names, newId, delayMs = 300 }: LibraryOptions) {
  const state = readLibrary(storage, names, newId)
  let failure = state.failure
  let deleted: Deleted | undefined
  const listeners = new Set<() => void>()
  const current = () => state.index.currentId
  const projectOf = (id: string): Project => parseProjectFile(state.texts.get(id) ?? '').project ?? emptyProject()
  const first = projectOf(current())
  const store: DesignerStore = createDesignerStore({
    project: first, selection: parseSavedSelection(state.selections.get(current()) ?? null, first), formRevision: 0,
  })
  const actions = designerActions(store)
  let view = buildView()

  function buildView(): LibraryView {
    const projects = state.index.projects.map((entry) => ({ ...entry, problem: state.problems.get(entry.id) }))
    const currentName = projects.find((entry) => entry.id === current())?.name ?? ''
    return { projects, currentId: current(), currentName, failure, notices: state.notices, deleted: deleted && { name: deleted.entry.name } }
  }
  function emit() {
    view = buildView()
    for (const listener of listeners) listener()
  }

  /** Brings storage in line with memory: records first, the index after them, then what is no longer needed. */
  function persist() {
    const before = failure
    try {
      if (!storage) throw new Error('no storage')
      for (const [key, text] of state.writes) {
        storage.setItem(key, text)
        state.writes.delete(key)
      }
      if (state.indexDirty) storage.setItem(LIBRARY_KEY, serializeLibraryIndex(state.index))
      state.indexDirty = false
      for (const key of state.removals.splice(0)) storage.removeItem(key)
      failure = undefined
    } catch (error) {
      failure = storage ? classifyStorageError(error) : 'unavailable'
    }
    if (failure !== before) emit()
  }
  /** After a change to the library itself: store it and show it. */
  function commit() {
    persist()
    emit()
  }

  let lastProject = store.getState().project
  let lastSelection = store.getState().selection
  let timer: ReturnType<typeof setTimeout> | undefined
  function saveNow() {
    timer = undefined
    const text = serializeProjectFile(lastProject)
    state.texts.set(current(), text)
    state.writes.set(projectKey(current()), text)
    persist()
  }
  function flush() {
    if (timer === undefined) return
    clearTimeout(timer)
    saveNow()
  }
  store.subscribe(() => {
    const { project, selection } = store.getState()
    if (selection !== lastSelection) {
      lastSelection = selection
      state.selections.set(current(), JSON.stringify(selection))
      state.writes.set(selectionKey(current()), JSON.stringify(selection))
      persist()
    }
    if (project === lastProject) return
    lastProject = project
    clearTimeout(timer)
    timer = setTimeout(saveNow, delayMs)
  })

  function open(id: string) {
    state.index.currentId = id
    state.indexDirty = true
    const project = projectOf(id)
    const selection = parseSavedSelection(state.selections.get(id) ?? null, project)
    lastProject = project
    actions.loadProject(project)
    actions.select(selection)
  }
  function add(entry: LibraryEntry, text: string, position = state.index.projects.length) {
    state.index.projects.splice(position, 0, entry)
    state.texts.set(entry.id, text)
    state.writes.set(projectKey(entry.id), text)
    state.indexDirty = true
  }
  function addEmpty(name: string) {
    const entry = { id: newId(), name: uniqueName(name, state.index.projects) }
    add(entry, serializeProjectFile(emptyProject()))
    open(entry.id)
  }
  const positionOf = (id: string) => state.index.projects.findIndex((entry) => entry.id === id)

  const library = {
    getView: () => view,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Write pending changes now (before the page goes away). */
    flush,
    switchTo(id: string) {
      if (id === current() || state.problems.has(id) || positionOf(id) < 0) return
      flush()
      open(id)
      commit()
    },
    create(name: string) {
      flush()
      addEmpty(name)
      commit()
    },
    rename(id: string, name: string) {
      const entry = state.index.projects[positionOf(id)]
      if (!entry || entry.name === name) return
      state.index.projects[positionOf(id)] = { ...entry, name }
      state.indexDirty = true
      commit()
    },
    /** A copy of a project, opened. */
    duplicate(id: string, name: string) {
      flush()
      const text = state.texts.get(id)
      if (text === undefined || state.problems.has(id)) return
      const entry = { id: newId(), name: uniqueName(name, state.index.projects) }
      add(entry, text, positionOf(id) + 1)
      const selection = state.selections.get(id)
      if (selection !== undefined) state.selections.set(entry.id, selection)
      open(entry.id)
      commit()
    },
    /** Take a project from outside (a link, a file) as a project of its own, opened. */
    openAsNew(project: Project, name: string) {
      flush()
      const entry = { id: newId(), name: uniqueName(name, state.index.projects) }
      add(entry, serializeProjectFile(project))
      open(entry.id)
      commit()
    },
    remove(id: string) {
      const position = positionOf(id)
      const entry = state.index.projects[position]
      if (!entry) return
      flush()
      deleted = {
        entry, position, text: state.texts.get(id) ?? '', selection: state.selections.get(id), problem: state.problems.get(id), wasCurrent: id === current(),
      }
      state.index.projects.splice(position, 1)
      state.texts.delete(id)
      state.problems.delete(id)
      state.writes.delete(projectKey(id))
      state.writes.delete(selectionKey(id))
      state.removals.push(projectKey(id), selectionKey(id))
      state.indexDirty = true
      if (deleted.wasCurrent) {
        const next = state.index.projects.find((other) => !state.problems.has(other.id))
        if (next) open(next.id)
        else addEmpty(names.first)
      }
      commit()
    },
    undoRemove() {
      const undone = deleted
      if (!undone) return
      flush()
      deleted = undefined
      const keys = [projectKey(undone.entry.id), selectionKey(undone.entry.id)]
      state.removals = state.removals.filter((key) => !keys.includes(key))
      add(undone.entry, undone.text, Math.min(undone.position, state.index.projects.length))
      if (undone.problem) state.problems.set(undone.entry.id, undone.problem)
      if (undone.selection !== undefined) state.selections.set(undone.entry.id, undone.selection)
      if (undone.wasCurrent) open(undone.entry.id)
      commit()
    },
    forgetRemoved() {
      deleted = undefined
      emit()
    },
    retrySave: commit,
    dismissNotices() {
      state.notices = []
      emit()
    },
    /** The stored text of a project, damaged or not, to download as it is. */
    savedText: (id: string) => state.texts.get(id),
  }
  // something read at start may need writing (a migration, a repaired index): do it now, not at the first edit
  if (state.writes.size > 0 || state.indexDirty || state.removals.length > 0 || failure) commit()
  return { store, library }
}

export type ProjectLibrary = ReturnType<typeof startProjectLibrary>['library']
