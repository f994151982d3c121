import { describe, expect, it } from 'vitest'
import { emptyProject, type Project } from '../../core'
import { changedPaths, closeStep, COALESCE_MS, emptyHistory, HISTORY_LIMIT, recordEdit, redoStep, stepLabel, undoStep, type EditRecord, type History } from './history'

/** A distinct project value (steps are told apart by identity). */
const aProject = (): Project => emptyProject()
const typing = (name: string): EditRecord => ({ label: stepLabel('editNetwork', { name }), subject: { kind: 'network', id: 'n1' }, key: 'network:n1:name' })

/** Record edits p0→p1→…; returns the history and the projects. */
function edits(count: number, record: (i: number) => EditRecord, at: (i: number) => number): { history: History; projects: Project[] } {
  const projects = Array.from({ length: count + 1 }, aProject)
  let history = emptyHistory()
  for (let i = 0; i < count; i++) history = recordEdit(history, projects[i] as Project, record(i), at(i))
  return { history, projects }
}

describe('history', () => {
  it('edits of the same key closer together than the pause make one step, keeping the project from before the first', () => {
    const { history, projects } = edits(3, (i) => typing(`lan${'x'.repeat(i)}`), (i) => i * (COALESCE_MS - 1))
    expect(history.past).toHaveLength(1)
    expect(history.past[0]?.project).toBe(projects[0])
    // the label follows the latest edit (the name as typed so far)
    expect(history.past[0]?.label.params.name).toBe('lanxx')
  })

  it('a pause as long as the coalescing window starts a new step', () => {
    const { history } = edits(3, () => typing('lan'), (i) => i * COALESCE_MS)
    expect(history.past).toHaveLength(3)
  })

  it('another field, or an edit without a key, starts a new step', () => {
    const { history } = edits(4, (i) => (i === 1 ? { ...typing('lan'), key: 'network:n1:mtu' } : i === 3 ? { ...typing('lan'), key: undefined } : typing('lan')), () => 0)
    expect(history.past.map((step) => step.id)).toEqual([1, 2, 3, 4])
  })

  it('edits without a key never coalesce, even at the same instant', () => {
    const { history } = edits(2, () => ({ label: stepLabel('deleteNetwork', { name: 'a' }), subject: { kind: 'none' } }), () => 5)
    expect(history.past).toHaveLength(2)
  })

  it('a closed step takes no more edits', () => {
    const first = recordEdit(emptyHistory(), aProject(), typing('a'), 0)
    expect(recordEdit(closeStep(first), aProject(), typing('b'), 10).past).toHaveLength(2)
  })

  it(`keeps the last ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    const { history, projects } = edits(HISTORY_LIMIT + 5, () => ({ label: stepLabel('editPlatform'), subject: { kind: 'none' } }), (i) => i)
    expect(history.past).toHaveLength(HISTORY_LIMIT)
    expect(history.past[0]?.project).toBe(projects[5])
  })

  it('undo and redo walk the steps both ways; a new edit clears what could be redone', () => {
    const { history, projects } = edits(2, () => ({ label: stepLabel('editPlatform'), subject: { kind: 'none' } }), (i) => i * 10_000)
    const undone = undoStep(history, projects[2] as Project)
    expect(undone?.project).toBe(projects[1])
    const twice = undoStep(undone?.history ?? history, projects[1] as Project)
    expect(twice?.project).toBe(projects[0])
    expect(undoStep(twice?.history ?? history, projects[0] as Project)).toBeUndefined()
    const redone = redoStep(twice?.history ?? history, projects[0] as Project)
    expect(redone?.project).toBe(projects[1])
    expect(redone?.history.future).toHaveLength(1)
    const edited = recordEdit(redone?.history ?? history, projects[1] as Project, typing('x'), 50_000)
    expect(edited.future).toEqual([])
    expect(redoStep(edited, aProject())).toBeUndefined()
  })

  it('after an undo, typing in the same field again is a new step (the undone one stays undone)', () => {
    const { history, projects } = edits(1, () => typing('a'), () => 0)
    const undone = undoStep(history, projects[1] as Project)
    const again = recordEdit(undone?.history ?? history, projects[0] as Project, typing('b'), 1)
    expect(again.past).toHaveLength(1)
    expect(again.past[0]?.id).toBe(2)
  })
})

describe('changed paths (the coalescing key of a form edit)', () => {
  it('names each leaf that differs, dot-separated, in a stable order', () => {
    expect(changedPaths({ name: 'a', config: { mtu: 1, name: 'a' } }, { name: 'ab', config: { mtu: 1, name: 'ab' } })).toEqual(['config.name', 'name'])
  })

  it('a key added or removed is a change at that key', () => {
    expect(changedPaths({ config: {} }, { config: { mtu: 1500 } })).toEqual(['config.mtu'])
  })

  it('an array that changed length is one change; within an array of the same length, the index', () => {
    expect(changedPaths({ routes: [{ dst: 'a' }] }, { routes: [{ dst: 'a' }, { dst: '' }] })).toEqual(['routes'])
    expect(changedPaths([{ name: 'eth0' }, { name: 'eth1' }], [{ name: 'eth0' }, { name: 'eth12' }])).toEqual(['1.name'])
  })

  it('equal values have no changed path', () => {
    expect(changedPaths({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([])
  })
})
