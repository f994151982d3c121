import { describe, expect, it } from 'vitest'
import { emptyProject, type Project, type Workload } from '../../core'
import { designerActions } from './designer-actions'
import { createDesignerStore } from './designer-store'
import { addAttachment, removeAttachment } from './project-edits'

const pod: Workload = { id: 'w1', kind: 'Pod', name: 'app', namespace: 'default', attachments: [{ network: 'a' }, { network: 'b' }, { network: 'c' }] }
const project: Project = { ...emptyProject(), workloads: [pod, { ...pod, id: 'w2', name: 'other' }] }

describe('attachment edits', () => {
  it('adds an attachment after the others, to that workload only', () => {
    const next = addAttachment(project, 'w1', { network: 'd', namespace: 'infra' })
    expect(next.workloads[0]?.attachments.map((a) => a.network)).toEqual(['a', 'b', 'c', 'd'])
    expect(next.workloads[0]?.attachments[3]).toEqual({ network: 'd', namespace: 'infra' })
    expect(next.workloads[1]).toBe(project.workloads[1])
  })

  it('removes the attachment at an index, the later ones moving up', () => {
    expect(removeAttachment(project, 'w1', 1).workloads[0]?.attachments.map((a) => a.network)).toEqual(['a', 'c'])
  })

  it('leaves the project as it is for an unknown workload or index', () => {
    expect(addAttachment(project, 'nope', { network: 'd' })).toBe(project)
    expect(removeAttachment(project, 'w1', 3)).toBe(project)
    expect(removeAttachment(project, 'w1', -1)).toBe(project)
  })

  it('as actions, make the forms re-read the project only when it changed', () => {
    const store = createDesignerStore({ project, selection: { kind: 'none' }, formRevision: 0 })
    const actions = designerActions(store)
    actions.addAttachment('w1', { network: 'd' })
    expect(store.getState().formRevision).toBe(1)
    actions.removeAttachment('w1', 0)
    expect(store.getState().project.workloads[0]?.attachments.map((a) => a.network)).toEqual(['b', 'c', 'd'])
    const before = store.getState()
    actions.removeAttachment('w1', 9)
    expect(store.getState()).toBe(before)
  })
})
