import { describe, expect, it, vi } from 'vitest'
import { emptyProject, serializeProjectFile } from '../../core'
import { AUTOSAVE_KEY, loadSavedProject, parseSavedProject, startAutosave } from './autosave'
import { createDesignerStore } from './designer-store'

const aProject = () => ({ ...emptyProject(), networks: [{ id: 'n1', name: 'lan', namespace: 'default' }] })

describe('autosave', () => {
  it('reads back what it wrote', () => {
    expect(parseSavedProject(serializeProjectFile(aProject()))).toEqual(aProject())
  })

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ format: 'nad-designer-project', version: 99, project: aProject() })],
    ['networks not a list', JSON.stringify({ format: 'nad-designer-project', version: 1, project: { ...aProject(), networks: 'x' } })],
    ['a network without id', JSON.stringify({ format: 'nad-designer-project', version: 1, project: { ...aProject(), networks: [{ name: 'x' }] } })],
    ['a bare array', '[]'],
  ])('ignores %s', (_, text) => {
    expect(parseSavedProject(text)).toBeUndefined()
  })

  it('starts empty when storage throws', () => {
    const storage = { getItem: () => { throw new Error('denied') } }
    expect(loadSavedProject(storage)).toEqual(emptyProject())
  })

  it('saves the project after changes, debounced', () => {
    vi.useFakeTimers()
    const store = createDesignerStore({ project: emptyProject(), selection: { kind: 'none' }, formRevision: 0 })
    const saved = new Map<string, string>()
    const stop = startAutosave(store, { setItem: (k, v) => saved.set(k, v) }, 100)
    store.setState((s) => ({ ...s, project: aProject() }))
    store.setState((s) => ({ ...s, selection: { kind: 'network', id: 'n1' } }))
    expect(saved.size).toBe(0)
    vi.advanceTimersByTime(100)
    expect(parseSavedProject(saved.get(AUTOSAVE_KEY) ?? null)).toEqual(aProject())
    stop()
    vi.useRealTimers()
  })
})
