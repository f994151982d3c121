import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyProject, parseProjectFile, serializeProjectFile, type Project } from '../../core'
import { designerActions } from './designer-actions'
import { LEGACY_PROJECT_KEY, LEGACY_SELECTION_KEY, LIBRARY_KEY, parseLibraryIndex, projectKey, selectionKey, serializeLibraryIndex } from './library-format'
import { startProjectLibrary } from './project-library'
import { quotaExceeded, TestStorage } from './test-storage'

const withNetwork = (name: string): Project => ({ ...emptyProject(), networks: [{ id: `n-${name}`, name, namespace: 'default' }] })
const names = { first: 'My project', recovered: 'Recovered project' }

function start(storage: TestStorage | undefined) {
  let n = 0
  const started = startProjectLibrary(storage, { names, newId: () => `p${++n}`, delayMs: 100 })
  return { ...started, actions: designerActions(started.store) }
}
const storedProject = (storage: TestStorage, id: string) => parseProjectFile(storage.getItem(projectKey(id)) ?? '').project
const storedIndex = (storage: TestStorage) => parseLibraryIndex(storage.getItem(LIBRARY_KEY) ?? '')

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('startProjectLibrary', () => {
  it('writes the migrated single project, then removes the old key, and opens it with its selection', () => {
    const storage = new TestStorage({ [LEGACY_PROJECT_KEY]: serializeProjectFile(withNetwork('lan')), [LEGACY_SELECTION_KEY]: '{"kind":"network","id":"n-lan"}' })
    const { store, library } = start(storage)
    expect(store.getState().project).toEqual(withNetwork('lan'))
    expect(store.getState().selection).toEqual({ kind: 'network', id: 'n-lan' })
    expect(library.getView()).toMatchObject({ currentName: 'My project', failure: undefined })
    expect(storedProject(storage, 'p1')).toEqual(withNetwork('lan'))
    expect(storedIndex(storage)).toEqual({ index: { currentId: 'p1', projects: [{ id: 'p1', name: 'My project' }] } })
    expect(storage.getItem(LEGACY_PROJECT_KEY)).toBeNull()
  })

  it('keeps the old key while storage is full, says so, and finishes the migration once storage takes writes again', () => {
    const legacy = serializeProjectFile(withNetwork('lan'))
    const storage = new TestStorage({ [LEGACY_PROJECT_KEY]: legacy })
    storage.refuseWith = quotaExceeded
    const { store, library, actions } = start(storage)
    expect(library.getView().failure).toBe('quota')
    expect(storage.getItem(LEGACY_PROJECT_KEY)).toBe(legacy)
    expect(store.getState().project).toEqual(withNetwork('lan'))

    actions.editNetwork({ id: 'n-lan', name: 'lan2', namespace: 'default' })
    vi.advanceTimersByTime(100)
    expect(library.getView().failure).toBe('quota')
    expect(storage.getItem(LEGACY_PROJECT_KEY)).toBe(legacy)

    storage.refuseWith = undefined
    library.retrySave()
    expect(library.getView().failure).toBeUndefined()
    expect(storedProject(storage, 'p1')?.networks[0]?.name).toBe('lan2')
    expect(storage.getItem(LEGACY_PROJECT_KEY)).toBeNull()
  })

  it('autosaves the open project a moment after the last change, and on flush at once', () => {
    const storage = new TestStorage()
    const { library, actions } = start(storage)
    actions.createNetwork({ id: 'n1', name: 'lan', namespace: 'default' })
    expect(storedProject(storage, 'p1')?.networks).toEqual([])
    vi.advanceTimersByTime(100)
    expect(storedProject(storage, 'p1')?.networks.map((n) => n.name)).toEqual(['lan'])
    expect(storage.getItem(selectionKey('p1'))).toBe('{"kind":"network","id":"n1"}')
    actions.editNetwork({ id: 'n1', name: 'lan-b', namespace: 'default' })
    library.flush()
    expect(storedProject(storage, 'p1')?.networks.map((n) => n.name)).toEqual(['lan-b'])
  })

  it('reports a full storage on autosave, keeps the work in the page, and clears the report when a later save succeeds', () => {
    const storage = new TestStorage()
    const { store, library, actions } = start(storage)
    storage.refuseWith = quotaExceeded
    actions.createNetwork({ id: 'n1', name: 'lan', namespace: 'default' })
    vi.advanceTimersByTime(100)
    expect(library.getView().failure).toBe('quota')
    expect(store.getState().project.networks).toHaveLength(1)
    storage.refuseWith = undefined
    actions.editNetwork({ id: 'n1', name: 'lan', namespace: 'kube-system' })
    vi.advanceTimersByTime(100)
    expect(library.getView().failure).toBeUndefined()
    expect(storedProject(storage, 'p1')?.networks[0]?.namespace).toBe('kube-system')
  })

  it('reports a storage that is not there at all', () => {
    const { library, store } = start(undefined)
    expect(library.getView().failure).toBe('unavailable')
    expect(store.getState().project).toEqual(emptyProject())
  })

  it('keeps several projects, each in its own record, and switching opens each with its selection and no undo of the other', () => {
    const storage = new TestStorage()
    const { store, library, actions } = start(storage)
    actions.createNetwork({ id: 'n1', name: 'first-net', namespace: 'default' })
    actions.deleteNetwork('n1')
    actions.undo()
    actions.select({ kind: 'network', id: 'n1' })
    library.create('Site B')
    expect(store.getState()).toMatchObject({ project: emptyProject(), selection: { kind: 'none' }, history: { past: [], future: [] } })
    actions.createNetwork({ id: 'n2', name: 'second-net', namespace: 'default' })
    library.switchTo('p1')
    expect(store.getState().project.networks.map((n) => n.name)).toEqual(['first-net'])
    expect(store.getState().selection).toEqual({ kind: 'network', id: 'n1' })
    expect(storedProject(storage, 'p2')?.networks.map((n) => n.name)).toEqual(['second-net'])
    expect(library.getView()).toMatchObject({ currentId: 'p1', currentName: 'My project', projects: [{ name: 'My project' }, { name: 'Site B' }] })

    // a reload opens the project that was open
    const reloaded = start(storage)
    expect(reloaded.library.getView().currentName).toBe('My project')
    expect(reloaded.store.getState().selection).toEqual({ kind: 'network', id: 'n1' })
  })

  it('renames, and duplicates into a new project that opens', () => {
    const storage = new TestStorage()
    const { store, library, actions } = start(storage)
    actions.createNetwork({ id: 'n1', name: 'lan', namespace: 'default' })
    library.rename('p1', 'Lab')
    library.duplicate('p1', 'Lab (copy)')
    expect(library.getView()).toMatchObject({ currentId: 'p2', currentName: 'Lab (copy)', projects: [{ name: 'Lab' }, { name: 'Lab (copy)' }] })
    expect(store.getState().project.networks.map((n) => n.name)).toEqual(['lan'])
    expect(storedProject(storage, 'p2')?.networks.map((n) => n.name)).toEqual(['lan'])
    expect(storedIndex(storage)).toMatchObject({ index: { projects: [{ id: 'p1', name: 'Lab' }, { id: 'p2', name: 'Lab (copy)' }] } })
  })

  it('deletes the open project, opens another, and an undo brings it back with its records', () => {
    const storage = new TestStorage()
    const { store, library, actions } = start(storage)
    library.create('Site B')
    actions.createNetwork({ id: 'n2', name: 'second-net', namespace: 'default' })
    library.remove('p2')
    expect(library.getView()).toMatchObject({ currentId: 'p1', deleted: { name: 'Site B' }, projects: [{ name: 'My project' }] })
    expect(storage.getItem(projectKey('p2'))).toBeNull()
    expect(store.getState().project).toEqual(emptyProject())
    library.undoRemove()
    expect(library.getView()).toMatchObject({ currentId: 'p2', deleted: undefined, projects: [{ name: 'My project' }, { name: 'Site B' }] })
    expect(store.getState().project.networks.map((n) => n.name)).toEqual(['second-net'])
    expect(storedProject(storage, 'p2')?.networks.map((n) => n.name)).toEqual(['second-net'])
  })

  it('deleting the last project leaves a fresh empty one', () => {
    const { library } = start(new TestStorage())
    library.remove('p1')
    expect(library.getView().projects).toEqual([{ id: 'p2', name: 'My project', problem: undefined }])
  })

  it('never opens or overwrites a damaged record, and takes a shared project as a new one', () => {
    const damaged = '{"format":"nad-designer-project","version":99,"project":{}}'
    const storage = new TestStorage({
      [LIBRARY_KEY]: serializeLibraryIndex({ currentId: 'a', projects: [{ id: 'a', name: 'Lab' }] }),
      [projectKey('a')]: damaged,
    })
    const { store, library, actions } = start(storage)
    expect(library.getView().notices).toHaveLength(1)
    library.switchTo('a')
    expect(library.getView().currentId).toBe('p1')
    library.openAsNew(withNetwork('shared'), 'Shared project')
    actions.createNetwork({ id: 'n9', name: 'more', namespace: 'default' })
    vi.advanceTimersByTime(100)
    expect(store.getState().project.networks).toHaveLength(2)
    expect(library.getView().currentName).toBe('Shared project')
    expect(storage.getItem(projectKey('a'))).toBe(damaged)
    expect(library.savedText('a')).toBe(damaged)
    library.dismissNotices()
    expect(library.getView().notices).toEqual([])
  })
})
