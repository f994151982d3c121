import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyProject, parseProjectFile, type Project } from '../../core'
import { designerActions } from './designer-actions'
import { LIBRARY_KEY, parseLibraryIndex, projectKey } from './library-format'
import { startProjectLibrary } from './project-library'
import { SharedTestStorage, TestStorage } from './test-storage'

const names = { first: 'My project', recovered: 'Recovered project' }
const network = (name: string) => ({ id: `n-${name}`, name, namespace: 'default' })

/** A tab: its own library over the shared storage, hearing the other tabs' writes. */
function openTab(storage: SharedTestStorage, prefix: string, tabStorage?: TestStorage) {
  let n = 0
  const tab = storage.tab()
  const started = startProjectLibrary(tab, { names, newId: () => `${prefix}${++n}`, delayMs: 100, tabStorage })
  tab.listen(started.library.receive)
  return { ...started, actions: designerActions(started.store) }
}
const listed = (tab: ReturnType<typeof openTab>) => tab.library.getView().projects.map((entry) => entry.name)
const storedNames = (storage: SharedTestStorage) => {
  const parsed = parseLibraryIndex(storage.getItem(LIBRARY_KEY) ?? '')
  return 'index' in parsed ? parsed.index.projects.map((entry) => entry.name) : []
}
const storedNetworks = (storage: SharedTestStorage, id: string) =>
  (parseProjectFile(storage.getItem(projectKey(id)) ?? '').project ?? emptyProject()).networks.map((net) => net.name)
const networksOf = (project: Project) => project.networks.map((net) => net.name)

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('two tabs on one storage', () => {
  it('each lists the projects the other creates, renames and deletes', () => {
    const storage = new SharedTestStorage()
    const a = openTab(storage, 'a')
    const b = openTab(storage, 'b')
    a.library.create('Site A')
    expect(listed(b)).toEqual(['My project', 'Site A'])
    b.library.rename('a2', 'Site A (north)')
    expect(listed(a)).toEqual(['My project', 'Site A (north)'])
    b.library.create('Site B')
    a.library.remove(b.library.getView().currentId)
    expect(listed(b)).toEqual(['My project', 'Site A (north)'])
    expect(storedNames(storage)).toEqual(['My project', 'Site A (north)'])
  })

  it('keeps both projects when two tabs create one before hearing of the other', () => {
    const storage = new SharedTestStorage()
    const a = openTab(storage, 'a')
    const b = openTab(storage, 'b')
    storage.held = true
    a.library.create('Site A')
    b.library.create('Site B')
    // B was written after the project it followed in tab b
    expect(storedNames(storage)).toEqual(['My project', 'Site B', 'Site A'])
    storage.deliver()
    expect(listed(a)).toEqual(['My project', 'Site B', 'Site A'])
    expect(listed(b)).toEqual(['My project', 'Site B', 'Site A'])
  })

  it('shows the other tab\'s edits of the open project when this tab has none pending', () => {
    const storage = new SharedTestStorage()
    const a = openTab(storage, 'a')
    const b = openTab(storage, 'b')
    a.actions.createNetwork(network('lan'))
    vi.advanceTimersByTime(100)
    expect(networksOf(b.store.getState().project)).toEqual(['lan'])
    expect(b.library.getView().conflict).toBeUndefined()
  })

  it('asks, and overwrites neither, when both tabs change the open project at the same time; "load that version" opens theirs', () => {
    const storage = new SharedTestStorage()
    const a = openTab(storage, 'a')
    const b = openTab(storage, 'b')
    storage.held = true
    a.actions.createNetwork(network('from-a'))
    b.actions.createNetwork(network('from-b'))
    vi.advanceTimersByTime(100)
    expect(b.library.getView().conflict).toBe('changed')
    expect(storedNetworks(storage, 'a1')).toEqual(['from-a'])
    storage.deliver()
    expect(a.library.getView().conflict).toBeUndefined()
    b.library.takeOtherTab()
    expect(networksOf(b.store.getState().project)).toEqual(['from-a'])
    expect(b.library.getView().conflict).toBeUndefined()
  })

  it('"keep mine" saves this tab\'s version as a copy and leaves the other tab\'s in the project', () => {
    const storage = new SharedTestStorage()
    const a = openTab(storage, 'a')
    const b = openTab(storage, 'b')
    b.actions.createNetwork(network('from-b'))
    a.actions.createNetwork(network('from-a'))
    vi.advanceTimersByTime(50)
    a.library.flush()
    expect(b.library.getView().conflict).toBe('changed')
    b.library.keepThisTab('My project (this tab)')
    expect(b.library.getView()).toMatchObject({ currentName: 'My project (this tab)', conflict: undefined })
    expect(storedNetworks(storage, 'a1')).toEqual(['from-a'])
    expect(storedNetworks(storage, 'b1')).toEqual(['from-b'])
    expect(listed(a)).toEqual(['My project', 'My project (this tab)'])
    b.actions.createNetwork(network('more'))
    vi.advanceTimersByTime(100)
    expect(storedNetworks(storage, 'b1')).toEqual(['from-b', 'more'])
    expect(storedNetworks(storage, 'a1')).toEqual(['from-a'])
  })

  it('asks when the other tab deletes the open project; "keep it" lists it again with this tab\'s version', () => {
    const storage = new SharedTestStorage()
    const a = openTab(storage, 'a')
    a.library.create('Site A')
    const b = openTab(storage, 'b')
    b.actions.createNetwork(network('kept'))
    vi.advanceTimersByTime(100)
    a.library.remove('a2')
    expect(b.library.getView()).toMatchObject({ conflict: 'deleted', currentName: 'Site A' })
    b.library.keepThisTab('unused')
    expect(listed(a)).toEqual(['My project', 'Site A'])
    expect(storedNetworks(storage, 'a2')).toEqual(['kept'])
  })

  it('finds the deletion itself when it writes before hearing of it, and never writes the deleted project back', () => {
    const storage = new SharedTestStorage()
    const a = openTab(storage, 'a')
    a.library.create('Site A')
    const b = openTab(storage, 'b')
    storage.held = true
    a.library.remove('a2')
    b.actions.createNetwork(network('late'))
    b.library.flush()
    expect(b.library.getView()).toMatchObject({ conflict: 'deleted', currentName: 'Site A' })
    expect(storage.getItem(projectKey('a2'))).toBeNull()
    b.library.rename('a1', 'Home')
    expect(storedNames(storage)).toEqual(['Home'])
  })

  it('"close it" accepts the other tab\'s deletion and opens another project', () => {
    const storage = new SharedTestStorage()
    const a = openTab(storage, 'a')
    a.library.create('Site A')
    const b = openTab(storage, 'b')
    a.library.remove('a2')
    b.library.takeOtherTab()
    expect(b.library.getView()).toMatchObject({ currentName: 'My project', conflict: undefined })
    expect(storedNames(storage)).toEqual(['My project'])
  })

  it('a reloaded tab opens the project it had open, not the one another tab opened last', () => {
    const storage = new SharedTestStorage()
    const aSession = new TestStorage()
    const a = openTab(storage, 'a', aSession)
    a.library.create('Site A')
    const b = openTab(storage, 'b', new TestStorage())
    b.library.switchTo('a1')
    expect(b.library.getView().currentName).toBe('My project')

    const reloaded = openTab(storage, 'r', aSession)
    expect(reloaded.library.getView().currentName).toBe('Site A')
    // a tab of its own (no remembered project) still opens the last one opened
    expect(openTab(storage, 'c', new TestStorage()).library.getView().currentName).toBe('Site A')
  })

  it('a remembered project that was deleted meanwhile is not opened', () => {
    const storage = new SharedTestStorage()
    const aSession = new TestStorage()
    const a = openTab(storage, 'a', aSession)
    a.library.create('Site A')
    const b = openTab(storage, 'b')
    b.library.remove('a2')
    expect(openTab(storage, 'r', aSession).library.getView().currentName).toBe('My project')
  })
})
