import { describe, expect, it } from 'vitest'
import { emptyProject, type Network, type Project, type Workload } from '../../core'
import { designerActions, type DesignerActions } from './designer-actions'
import { createDesignerStore, type Selection } from './designer-store'

const lan: Network = { id: 'n1', name: 'lan', namespace: 'default', config: { type: 'macvlan', master: 'eth1' } }
const storage: Network = { id: 'n2', name: 'storage', namespace: 'default', config: { type: 'ipvlan', master: 'eth2' } }
const pod: Workload = { id: 'w1', kind: 'Pod', name: 'app', namespace: 'default', attachments: [{ network: 'lan' }, { network: 'storage' }] }
const base: Project = { ...emptyProject(), networks: [lan, storage], workloads: [pod], hostNics: [{ name: 'eth1', mtu: 1500, primary: true }] }

/** A store over `base` with a clock the test moves (each action is a second later unless told). */
function aDesigner(selection: Selection = { kind: 'none' }) {
  let time = 0
  const store = createDesignerStore({ project: base, selection, formRevision: 0 })
  const actions = designerActions(store, () => time)
  const later = (ms = 5000) => { time += ms }
  return { store, actions, later, state: () => store.getState() }
}

const EVERY_KIND: [string, (actions: DesignerActions) => void][] = [
  ['create a network', (a) => a.createNetwork({ ...lan, id: 'n3', name: 'new' })],
  ['edit a network in its form', (a) => a.editNetwork({ ...lan, name: 'lan-2' })],
  ['edit a network in the YAML', (a) => a.replaceNetworkFromOutside({ ...lan, config: { type: 'macvlan', master: 'eth9' } })],
  ['duplicate a network', (a) => a.duplicateNetwork('n1', 'n3')],
  ['delete a network', (a) => a.deleteNetwork('n1')],
  ['add an example pod', (a) => a.createWorkload({ ...pod, id: 'w2', name: 'other' })],
  ['edit an example pod', (a) => a.editWorkload({ ...pod, namespace: 'apps' })],
  ['duplicate an example pod', (a) => a.duplicateWorkload('w1', 'w2')],
  ['delete an example pod', (a) => a.deleteWorkload('w1')],
  ['attach on the canvas', (a) => a.addAttachment('w1', { network: 'storage' })],
  ['detach on the canvas', (a) => a.removeAttachment('w1', 0)],
  ['delete several things on the canvas', (a) => a.deleteItems({ networkIds: ['n2'], workloadIds: [], attachments: [{ workloadId: 'w1', index: 0 }] })],
  ['edit the node NICs', (a) => a.setHostNics([{ name: 'eth1', mtu: 9000, primary: true }])],
  ['edit the cluster networks', (a) => a.setPlatform({ ...base.platform, clusterNetwork: ['10.10.0.0/16'] })],
  ['import (replace)', (a) => a.replaceProject(emptyProject(), 'importReplace')],
  ['open a share link', (a) => a.replaceProject({ ...emptyProject(), networks: [lan] }, 'openLink')],
]

describe('undo and redo through the actions', () => {
  it.each(EVERY_KIND)('%s: one undo brings the project back, one redo redoes it, the forms re-read each time', (_, act) => {
    const { actions, state } = aDesigner()
    act(actions)
    const edited = state().project
    expect(edited).not.toBe(base)
    expect(state().history.past).toHaveLength(1)
    const revision = state().formRevision
    actions.undo()
    expect(state().project).toBe(base)
    expect(state().formRevision).toBe(revision + 1)
    actions.redo()
    expect(state().project).toBe(edited)
    expect(state().formRevision).toBe(revision + 2)
  })

  it('typing a name letter by letter is one step per pause', () => {
    const { actions, state, later } = aDesigner({ kind: 'network', id: 'n1' })
    for (const name of ['lanx', 'lanxy', 'lanxyz']) {
      later(200)
      actions.editNetwork({ ...lan, name, config: { ...lan.config, name } as Network['config'] })
    }
    later(1500)
    actions.editNetwork({ ...lan, name: 'lanxyz!', config: { ...lan.config, name: 'lanxyz!' } as Network['config'] })
    expect(state().history.past.map((step) => step.label.params.name)).toEqual(['lanxyz', 'lanxyz!'])
    actions.undo()
    actions.undo()
    expect(state().project.networks[0]?.name).toBe('lan')
  })

  it('moving to another field or object ends the step being typed', () => {
    const { actions, state, later } = aDesigner()
    actions.editNetwork({ ...lan, name: 'lan-a' })
    later(100)
    actions.editNetwork({ ...lan, name: 'lan-a', namespace: 'infra' })
    later(100)
    actions.select({ kind: 'network', id: 'n1' })
    actions.editNetwork({ ...lan, name: 'lan-a', namespace: 'infra2' })
    expect(state().history.past).toHaveLength(3)
  })

  it('an edit that changes nothing records nothing', () => {
    const { actions, state } = aDesigner()
    actions.editNetwork(structuredClone(lan))
    actions.setHostNics(structuredClone(base.hostNics))
    actions.deleteNetwork('nope')
    actions.removeAttachment('w1', 7)
    expect(state().project).toBe(base)
    expect(state().history.past).toHaveLength(0)
  })

  it('a new edit after an undo clears the redo', () => {
    const { actions, state } = aDesigner()
    actions.deleteNetwork('n1')
    actions.undo()
    expect(state().history.future).toHaveLength(1)
    actions.deleteNetwork('n2')
    expect(state().history.future).toHaveLength(0)
    actions.redo()
    expect(state().project.networks.map((n) => n.id)).toEqual(['n1'])
  })

  it('undoing a delete selects the object again; redoing it selects nothing', () => {
    const { actions, state } = aDesigner({ kind: 'network', id: 'n1' })
    actions.deleteNetwork('n1')
    expect(state().selection).toEqual({ kind: 'none' })
    actions.undo()
    expect(state().selection).toEqual({ kind: 'network', id: 'n1' })
    actions.redo()
    expect(state().selection).toEqual({ kind: 'none' })
  })

  it('undoing a create selects nothing when the created object was selected, and keeps another selection that still exists', () => {
    const { actions, state } = aDesigner()
    actions.createNetwork({ ...lan, id: 'n3', name: 'new' })
    actions.undo()
    expect(state().selection).toEqual({ kind: 'none' })
    actions.redo()
    expect(state().selection).toEqual({ kind: 'network', id: 'n3' })
    actions.setHostNics([])
    actions.select({ kind: 'workload', id: 'w1' })
    actions.undo()
    expect(state().selection).toEqual({ kind: 'workload', id: 'w1' })
  })

  it('undoing an edit selects the edited object', () => {
    const { actions, state } = aDesigner()
    actions.editWorkload({ ...pod, name: 'app-2' })
    actions.select({ kind: 'network', id: 'n2' })
    actions.undo()
    expect(state().selection).toEqual({ kind: 'workload', id: 'w1' })
  })

  it('steps are labelled by kind and the names involved', () => {
    const { actions, state, later } = aDesigner()
    actions.removeAttachment('w1', 1)
    later()
    actions.deleteItems({ networkIds: ['n1', 'n2'], workloadIds: ['w1'], attachments: [{ workloadId: 'w1', index: 0 }] })
    later()
    actions.setHostNics([...base.hostNics, { name: 'eth2', mtu: 1500, primary: false }])
    expect(state().history.past.map((step) => step.label)).toEqual([
      { kind: 'detach', params: { pod: 'app', network: 'storage' } },
      { kind: 'deleteItems', params: { count: 3 } },
      { kind: 'addNic', params: { name: 'eth2' } },
    ])
  })

  it('a deletion of several things on the canvas is one step, and one undo brings them all back', () => {
    const { actions, state } = aDesigner({ kind: 'workload', id: 'w1' })
    actions.deleteItems({ networkIds: ['n1'], workloadIds: ['w1'], attachments: [{ workloadId: 'w1', index: 1 }] })
    expect(state().project.networks.map((n) => n.id)).toEqual(['n2'])
    expect(state().project.workloads).toEqual([])
    expect(state().selection).toEqual({ kind: 'none' })
    actions.undo()
    expect(state().project).toBe(base)
  })

  it("the snackbar's Undo undoes only its own step", () => {
    const { actions, state, later } = aDesigner()
    actions.deleteNetwork('n1')
    const deleted = state().history.past.at(-1)?.id
    later()
    actions.deleteNetwork('n2')
    actions.undo(deleted)
    expect(state().project.networks).toEqual([])
    actions.undo(state().history.past.at(-1)?.id)
    expect(state().project.networks.map((n) => n.id)).toEqual(['n2'])
  })

  it('loading another project clears the history and the selection, and the forms re-read', () => {
    const { actions, state } = aDesigner({ kind: 'network', id: 'n1' })
    actions.deleteNetwork('n2')
    const other = { ...emptyProject(), networks: [storage] }
    actions.loadProject(other)
    expect(state()).toMatchObject({ project: other, selection: { kind: 'none' }, formRevision: 1 })
    expect(state().history).toMatchObject({ past: [], future: [] })
    actions.undo()
    expect(state().project).toBe(other)
  })
})
