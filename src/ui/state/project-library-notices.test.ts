import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emptyProject, parseProjectFile, serializeProjectFile } from '../../core'
import { designerActions } from './designer-actions'
import { LIBRARY_KEY, projectKey, serializeLibraryIndex } from './library-format'
import { startProjectLibrary } from './project-library'
import { quotaExceeded, TestStorage } from './test-storage'

const names = { first: 'My project', recovered: 'Recovered project' }

function start(storage: TestStorage) {
  let n = 0
  const started = startProjectLibrary(storage, { names, newId: () => `p${++n}`, delayMs: 100, retryMs: 1000 })
  return { ...started, actions: designerActions(started.store) }
}

/** A stored project with a platform and host NICs that are no object and no list: both repaired on reading. */
function repairableText() {
  const record = JSON.parse(serializeProjectFile(emptyProject())) as { project: Record<string, unknown> }
  record.project.platform = 'x'
  record.project.hostNics = { eth0: 1500 }
  return JSON.stringify(record)
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('what the library tells the user', () => {
  it('opens a project the core repaired while reading it, lists what was repaired, and keeps the original text', () => {
    const original = repairableText()
    const storage = new TestStorage({
      [LIBRARY_KEY]: serializeLibraryIndex({ currentId: 'old', projects: [{ id: 'old', name: 'Site A' }] }),
      [projectKey('old')]: original,
    })
    const { store, library } = start(storage)
    expect(store.getState().project).toEqual(emptyProject())
    const [notice] = library.getView().notices
    expect(notice).toMatchObject({ kind: 'repaired-project', name: 'Site A', original })
    expect(notice?.kind === 'repaired-project' && notice.repairs.map((repair) => [repair.code, repair.params.field])).toEqual([
      ['project-file.value-repaired', 'hostNics'], ['project-file.value-repaired', 'platform'],
    ])
  })

  it('tells about a repair when switching to the project too, once per page', () => {
    const storage = new TestStorage({
      [LIBRARY_KEY]: serializeLibraryIndex({ currentId: 'a', projects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] }),
      [projectKey('a')]: serializeProjectFile(emptyProject()),
      [projectKey('b')]: repairableText(),
    })
    const { library } = start(storage)
    expect(library.getView().notices).toEqual([])
    library.switchTo('b')
    expect(library.getView().notices.map((notice) => notice.kind)).toEqual(['repaired-project'])
    library.dismissNotices()
    library.switchTo('a')
    library.switchTo('b')
    expect(library.getView().notices).toEqual([])
  })

  it('retries a refused write on a timer, waiting longer each time, and clears the alert once it is stored', () => {
    const storage = new TestStorage()
    const { library, actions } = start(storage)
    storage.refuseWith = quotaExceeded
    const setItem = vi.spyOn(storage, 'setItem')
    // the selection is written at once and refused: the first retry is due a second after that
    actions.createNetwork({ id: 'n1', name: 'lan', namespace: 'default' })
    vi.advanceTimersByTime(100)
    expect(library.getView().failure).toBe('quota')
    const tries = setItem.mock.calls.length
    vi.advanceTimersByTime(900)
    expect(setItem).toHaveBeenCalledTimes(tries + 1)
    vi.advanceTimersByTime(1999)
    expect(setItem).toHaveBeenCalledTimes(tries + 1)
    vi.advanceTimersByTime(1)
    expect(setItem).toHaveBeenCalledTimes(tries + 2)
    storage.refuseWith = undefined
    vi.advanceTimersByTime(4000)
    expect(library.getView().failure).toBeUndefined()
    expect(parseProjectFile(storage.getItem(projectKey('p1')) ?? '').project?.networks.map((net) => net.name)).toEqual(['lan'])
    const writes = setItem.mock.calls.length
    vi.advanceTimersByTime(120_000)
    expect(setItem).toHaveBeenCalledTimes(writes)
  })
})
