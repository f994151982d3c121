import { describe, expect, it } from 'vitest'
import { emptyProject, parseProjectFile, serializeProjectFile, type Project } from '../../core'
import {
  classifyStorageError, DAMAGED_LIBRARY_KEY, LEGACY_PROJECT_KEY, LEGACY_SELECTION_KEY, LIBRARY_KEY, parseLibraryIndex, projectKey,
  serializeLibraryIndex, uniqueName,
} from './library-format'
import { readLibrary } from './read-library'
import { quotaExceeded, TestStorage } from './test-storage'

const names = { first: 'My project', recovered: 'Recovered project' }
const ids = () => {
  let n = 0
  return () => `p${++n}`
}
const withNetwork = (name: string): Project => ({ ...emptyProject(), networks: [{ id: `n-${name}`, name, namespace: 'default' }] })
const read = (storage: TestStorage) => readLibrary(storage, names, ids())
const projectIn = (text: string | undefined) => parseProjectFile(text ?? '').project

describe('library index record', () => {
  it('reads back what it wrote', () => {
    const index = { currentId: 'a', projects: [{ id: 'a', name: 'Lab' }, { id: 'b', name: 'Site' }] }
    expect(parseLibraryIndex(serializeLibraryIndex(index))).toEqual({ index })
  })

  it.each([
    ['not JSON', '{oops', 'invalid-json'],
    ['another format', '{"format":"x","version":1}', 'unknown-format'],
    ['a newer version', '{"format":"nad-designer-library","version":2,"currentId":"a","projects":[]}', 'newer-version'],
    ['no version', '{"format":"nad-designer-library","currentId":"a","projects":[]}', 'invalid-shape'],
    ['an entry without id', '{"format":"nad-designer-library","version":1,"currentId":"a","projects":[{"name":"x"}]}', 'invalid-shape'],
    ['one id twice', '{"format":"nad-designer-library","version":1,"currentId":"a","projects":[{"id":"a","name":"x"},{"id":"a","name":"y"}]}', 'invalid-shape'],
  ])('reports %s', (_, text, problem) => {
    expect(parseLibraryIndex(text)).toEqual({ problem })
  })

  it('tells a full storage from an unavailable one', () => {
    expect(classifyStorageError(quotaExceeded())).toBe('quota')
    expect(classifyStorageError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 })).toBe('quota')
    expect(classifyStorageError(new DOMException('denied', 'SecurityError'))).toBe('unavailable')
  })

  it('numbers a name that is taken', () => {
    expect(uniqueName('Lab', [{ id: 'a', name: 'Lab' }, { id: 'b', name: 'Lab 2' }])).toBe('Lab 3')
    expect(uniqueName('Site', [{ id: 'a', name: 'Lab' }])).toBe('Site')
  })
})

describe('readLibrary', () => {
  it('starts an empty storage with one empty project, to be written', () => {
    const library = read(new TestStorage())
    expect(library.index).toEqual({ currentId: 'p1', projects: [{ id: 'p1', name: 'My project' }] })
    expect(projectIn(library.writes.get(projectKey('p1')))).toEqual(emptyProject())
    expect(library.indexDirty).toBe(true)
    expect(library.notices).toEqual([])
  })

  it('migrates the single project of earlier builds (today\'s key and format) into a project named "My project", with its selection', () => {
    const text = serializeProjectFile(withNetwork('lan'))
    const storage = new TestStorage({ [LEGACY_PROJECT_KEY]: text, [LEGACY_SELECTION_KEY]: '{"kind":"network","id":"n-lan"}' })
    const library = read(storage)
    expect(library.index).toEqual({ currentId: 'p1', projects: [{ id: 'p1', name: 'My project' }] })
    expect(library.writes.get(projectKey('p1'))).toBe(text)
    expect(library.selections.get('p1')).toBe('{"kind":"network","id":"n-lan"}')
    expect(library.removals).toEqual([LEGACY_PROJECT_KEY, LEGACY_SELECTION_KEY])
    // reading writes nothing: the old key stays until the new records are stored
    expect([...storage.items.keys()]).toEqual([LEGACY_PROJECT_KEY, LEGACY_SELECTION_KEY])
  })

  it('migrates a version-1 project file of the single-project key (the core upgrades it on opening)', () => {
    const v1 = JSON.stringify({ format: 'nad-designer-project', version: 1, project: { ...withNetwork('old'), passThrough: undefined } })
    const library = read(new TestStorage({ [LEGACY_PROJECT_KEY]: v1 }))
    expect(library.problems.size).toBe(0)
    expect(projectIn(library.texts.get('p1'))).toEqual(withNetwork('old'))
  })

  it('adds a single-project key found beside an existing library as one more project', () => {
    const storage = new TestStorage({
      [LIBRARY_KEY]: serializeLibraryIndex({ currentId: 'a', projects: [{ id: 'a', name: 'My project' }] }),
      [projectKey('a')]: serializeProjectFile(withNetwork('a')),
      [LEGACY_PROJECT_KEY]: serializeProjectFile(withNetwork('legacy')),
    })
    const library = read(storage)
    expect(library.index.projects.map((entry) => entry.name)).toEqual(['My project', 'My project 2'])
    expect(projectIn(library.texts.get(library.index.currentId))).toEqual(withNetwork('legacy'))
  })

  it('reports a damaged single-project key, keeps its text as a project record and opens a fresh project', () => {
    const damaged = '{"format":"nad-designer-project","version":1,"project":{"networks":"oops"}}'
    const library = read(new TestStorage({ [LEGACY_PROJECT_KEY]: damaged }))
    expect(library.writes.get(projectKey('p1'))).toBe(damaged)
    expect(library.notices).toEqual([{ kind: 'damaged-project', name: 'My project', problem: { kind: 'unreadable', issue: expect.objectContaining({ code: 'project-file.invalid-shape' }) } }])
    expect(library.index.currentId).toBe('p2')
    expect(library.index.projects.map((entry) => entry.name)).toEqual(['My project', 'My project 2'])
  })

  it('keeps a damaged index, lists every project record again and says so', () => {
    const storage = new TestStorage({
      [LIBRARY_KEY]: '{"format":"nad-designer-library","version":1,"projects":"oops"}',
      [projectKey('b')]: serializeProjectFile(withNetwork('b')),
      [projectKey('a')]: serializeProjectFile(withNetwork('a')),
    })
    const library = read(storage)
    expect(library.writes.get(DAMAGED_LIBRARY_KEY)).toBe('{"format":"nad-designer-library","version":1,"projects":"oops"}')
    expect(library.notices).toEqual([{ kind: 'damaged-index', problem: 'invalid-shape', keptAt: DAMAGED_LIBRARY_KEY, recovered: 2 }])
    expect(library.index).toEqual({ currentId: 'a', projects: [{ id: 'a', name: 'Recovered project' }, { id: 'b', name: 'Recovered project 2' }] })
  })

  it('keeps an index written by a newer version beside an earlier kept one', () => {
    const newer = '{"format":"nad-designer-library","version":7,"currentId":"a","projects":[]}'
    const library = read(new TestStorage({ [LIBRARY_KEY]: newer, [DAMAGED_LIBRARY_KEY]: 'earlier' }))
    expect(library.notices[0]).toEqual({ kind: 'damaged-index', problem: 'newer-version', keptAt: `${DAMAGED_LIBRARY_KEY}.p1`, recovered: 0 })
    expect(library.writes.get(`${DAMAGED_LIBRARY_KEY}.p1`)).toBe(newer)
  })

  it('reports a damaged or missing project record, keeps listing it, and opens a readable one', () => {
    const storage = new TestStorage({
      [LIBRARY_KEY]: serializeLibraryIndex({ currentId: 'a', projects: [{ id: 'a', name: 'Lab' }, { id: 'b', name: 'Site' }, { id: 'c', name: 'Spare' }] }),
      [projectKey('a')]: '{"format":"nad-designer-project","version":99,"project":{}}',
      [projectKey('c')]: serializeProjectFile(withNetwork('c')),
    })
    const library = read(storage)
    expect(library.problems.get('a')).toEqual({ kind: 'unreadable', issue: expect.objectContaining({ code: 'project-file.unsupported-version' }) })
    expect(library.problems.get('b')).toEqual({ kind: 'missing' })
    expect(library.notices.map((notice) => notice.kind === 'damaged-project' && notice.name)).toEqual(['Lab', 'Site'])
    expect(library.index.currentId).toBe('c')
    expect(library.texts.get('a')).toBe('{"format":"nad-designer-project","version":99,"project":{}}')
    expect(library.writes.has(projectKey('a'))).toBe(false)
  })

  it('works in memory when storage cannot be read', () => {
    const blocked = new TestStorage()
    blocked.getItem = () => { throw new DOMException('denied', 'SecurityError') }
    for (const storage of [undefined, blocked]) {
      const library = readLibrary(storage, names, ids())
      expect(library.failure).toBe('unavailable')
      expect(library.index.projects).toEqual([{ id: 'p1', name: 'My project' }])
    }
  })
})
