import { emptyProject, parseProjectFile, serializeProjectFile, type Project } from '../../core'
import { designerActions } from './designer-actions'
import { createDesignerStore, type DesignerStore } from './designer-store'
import { LIBRARY_KEY, projectIdOfKey, projectKey, selectionKey, uniqueName, type LibraryEntry } from './library-format'
import type { Deleted, LibraryOptions, LibraryView, TabConflict } from './library-view'
import { readLibrary, type LibraryStorage } from './read-library'
import { repairsOf } from './project-repairs'
import { retryBackoff } from './retry-backoff'
import { parseSavedSelection } from './saved-selection'
import { tabOpenProject } from './tab-open-project'
import { tabSync } from './tab-sync'
import { writeLibrary, type OtherTabRecord } from './write-library'

export type { LibraryView } from './library-view'

/**
 * The page's projects: the designer store holds the open one; every change is written to storage shortly after, and a
 * storage that refuses is reported (the page keeps everything in memory and tries again on the next change).
 */
export function startProjectLibrary(storage: LibraryStorage | undefined, { names, newId, delayMs = 300, retryMs = 2000, tabStorage }: LibraryOptions) {
  const state = readLibrary(storage, names, newId)
  const tabOpen = tabOpenProject(tabStorage)
  const remembered = tabOpen.remembered()
  if (remembered !== null && remembered !== state.index.currentId && state.texts.has(remembered) && !state.problems.has(remembered)) {
    state.index.currentId = remembered
    state.indexDirty = true
  }
  tabOpen.remember(state.index.currentId)
  const tabs = tabSync(storage, state)
  let failure = state.failure
  let deleted: Deleted | undefined
  let conflict: TabConflict | undefined
  const listeners = new Set<() => void>()
  const retry = retryBackoff(() => commit(), { firstMs: retryMs })
  const current = () => state.index.currentId
  const entryOf = (id: string) => state.index.projects.find((entry) => entry.id === id)
  const reported = new Set<string>()
  /** The project a record holds; what the core had to repair reading it is told once per page. */
  function projectOf(id: string): Project {
    const text = state.texts.get(id) ?? ''
    const { project, issues } = parseProjectFile(text)
    const repairs = repairsOf(issues)
    if (project && repairs.length > 0 && !reported.has(id)) {
      reported.add(id)
      state.notices = [...state.notices, { kind: 'repaired-project', name: entryOf(id)?.name ?? '', repairs, original: text }]
    }
    return project ?? emptyProject()
  }
  const first = projectOf(current())
  const store: DesignerStore = createDesignerStore({
    project: first, selection: parseSavedSelection(state.selections.get(current()) ?? null, first), formRevision: 0,
  })
  const actions = designerActions(store)
  let view = buildView()

  function buildView(): LibraryView {
    const projects = state.index.projects.map((entry) => ({ ...entry, problem: state.problems.get(entry.id) }))
    const currentName = entryOf(current())?.name ?? (conflict?.kind === 'deleted' ? conflict.entry.name : '')
    return {
      projects, currentId: current(), currentName, failure, notices: state.notices, deleted: deleted && { name: deleted.entry.name }, conflict: conflict?.kind,
    }
  }
  function emit() {
    tabOpen.remember(current())
    view = buildView()
    for (const listener of listeners) listener()
  }

  /** The open project was deleted in another tab, or changed there while this tab has changes not yet stored. */
  function otherTabConflict(stored: OtherTabRecord) {
    const entry = stored.entry ?? entryOf(current()) ?? { id: current(), name: buildView().currentName }
    conflict = stored.text === null ? { kind: 'deleted', entry } : { kind: 'changed', theirs: stored.text }
  }

  /** Brings storage in line with memory (`writeLibrary`), and tries again later if storage refuses. */
  function persist() {
    const before = failure
    const written = writeLibrary(storage, state, tabs)
    failure = written.failure
    if (written.otherTab) otherTabConflict(written.otherTab)
    if (failure === undefined) retry.succeeded()
    else if (storage) retry.failed()
    if (failure !== before || conflict) emit()
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
  /** After the open project went: the first project that can be opened, or a new empty one. */
  function openAnother() {
    const next = state.index.projects.find((other) => !state.problems.has(other.id) && other.id !== current())
    if (next) open(next.id)
    else addEmpty(names.first)
  }
  /** The open project as another tab stored it, keeping what is selected where it still exists. */
  function adopt(text: string) {
    tabs.record(current(), text)
    const project = parseProjectFile(text).project
    if (!project) return
    const selection = store.getState().selection
    lastProject = project
    actions.loadProject(project)
    actions.select(parseSavedSelection(JSON.stringify(selection), project))
  }
  /** Ends a conflict: nothing pending for the open project is written any more. */
  function settle(): TabConflict | undefined {
    const settled = conflict
    conflict = undefined
    clearTimeout(timer)
    timer = undefined
    state.writes.delete(projectKey(current()))
    return settled
  }

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
      tabs.forget(id)
      if (deleted.wasCurrent) openAnother()
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
    /** Another tab changed storage at `key` (the `storage` event): its projects join this tab's list. */
    receive(key: string | null) {
      if (key === LIBRARY_KEY) {
        const lost = tabs.receivedIndex()
        if (lost) conflict = { kind: 'deleted', entry: lost }
        emit()
        return
      }
      const id = key === null ? undefined : projectIdOfKey(key)
      // what is stored now, as for the index: the event may be older than this tab's own latest write
      const text = id === undefined ? null : storage?.getItem(projectKey(id)) ?? null
      if (id === undefined || text === null || tabs.isKnown(id, text)) return
      if (id !== current()) {
        if (state.texts.has(id)) tabs.record(id, text)
      } else if (timer !== undefined || state.writes.has(projectKey(id)) || conflict) conflict = { kind: 'changed', theirs: text }
      else adopt(text)
      emit()
    },
    /** Settles a conflict the other tab's way: its version is opened, or the project it deleted is closed. */
    takeOtherTab() {
      const settled = settle()
      if (settled?.kind === 'changed') adopt(storage?.getItem(projectKey(current())) ?? settled.theirs)
      else if (settled) {
        state.texts.delete(settled.entry.id)
        state.index.projects = state.index.projects.filter((entry) => entry.id !== settled.entry.id)
        state.indexDirty = true
        openAnother()
      }
      commit()
    },
    /** Settles a conflict this tab's way, losing neither: a changed project is kept as a copy, a deleted one listed again. */
    keepThisTab(copyName: string) {
      const settled = settle()
      if (!settled) return
      const { project, selection } = store.getState()
      lastProject = project
      if (settled.kind === 'changed') {
        const original = current()
        tabs.record(original, storage?.getItem(projectKey(original)) ?? settled.theirs)
        const entry = { id: newId(), name: uniqueName(copyName, state.index.projects) }
        add(entry, serializeProjectFile(project), positionOf(original) + 1)
        state.selections.set(entry.id, JSON.stringify(selection))
        state.writes.set(selectionKey(entry.id), JSON.stringify(selection))
        // the store keeps this tab's project and its undo history; only the record it is saved to changes
        state.index.currentId = entry.id
      } else {
        tabs.forget(settled.entry.id)
        state.index.projects = state.index.projects.filter((entry) => entry.id !== settled.entry.id)
        const entry = { ...settled.entry, name: uniqueName(settled.entry.name, state.index.projects) }
        add(entry, serializeProjectFile(project))
      }
      commit()
    },
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
