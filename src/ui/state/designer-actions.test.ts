import { describe, expect, it } from 'vitest'
import { emptyProject, type Network } from '../../core'
import { designerActions } from './designer-actions'
import { createDesignerStore } from './designer-store'
import { issueKey } from './issue-key'

const lan: Network = { id: 'n1', name: 'lan', namespace: 'default', config: { type: 'macvlan', master: 'eth1' } }

function aStore() {
  const store = createDesignerStore({ project: emptyProject(), selection: { kind: 'none' }, formRevision: 0 })
  return { store, actions: designerActions(store) }
}

describe('designer actions', () => {
  it('creating a network selects it', () => {
    const { store, actions } = aStore()
    actions.createNetwork(lan)
    expect(store.getState().selection).toEqual({ kind: 'network', id: 'n1' })
  })

  it('edits from the form do not reload the form; edits from outside do', () => {
    const { store, actions } = aStore()
    actions.createNetwork(lan)
    actions.editNetwork({ ...lan, name: 'lan-2' })
    expect(store.getState().formRevision).toBe(0)
    actions.replaceNetworkFromOutside({ ...lan, name: 'lan-3' })
    expect(store.getState().formRevision).toBe(1)
    expect(store.getState().project.networks[0]?.name).toBe('lan-3')
  })

  it('deleting the selected network clears the selection', () => {
    const { store, actions } = aStore()
    actions.createNetwork(lan)
    actions.deleteNetwork('n1')
    expect(store.getState().selection).toEqual({ kind: 'none' })
    expect(store.getState().project.networks).toEqual([])
  })

  it('a focus request selects the object and carries the field', () => {
    const { store, actions } = aStore()
    actions.createNetwork(lan)
    actions.select({ kind: 'none' })
    actions.focusField({ kind: 'network', id: 'n1' }, 'config.master')
    const state = store.getState()
    expect(state.selection).toEqual({ kind: 'network', id: 'n1' })
    expect(state.focusRequest).toMatchObject({ field: 'config.master', nonce: 1 })
  })

  it('a NIC focus request names the NIC and the field, and each click is a new request', () => {
    const { store, actions } = aStore()
    actions.focusNic('eth1', 'mtu')
    actions.focusNic('eth1', 'mtu')
    expect(store.getState().nicFocus).toEqual({ name: 'eth1', field: 'mtu', nonce: 2 })
  })

  it('picking an issue keeps its key, found again in a later revalidation; each pick is a new request', () => {
    const { store, actions } = aStore()
    const issue = { code: 'macvlan.master-missing', severity: 'error' as const, target: { kind: 'network' as const, id: 'n1' }, field: 'config.master', params: { master: 'eth9' } }
    actions.pickIssue(issue)
    actions.pickIssue({ ...issue, params: { master: 'eth9' } })
    const picked = store.getState().pickedIssue
    expect(picked?.nonce).toBe(2)
    expect(picked?.key).toBe(issueKey(structuredClone(issue)))
    expect(picked?.key).not.toBe(issueKey({ ...issue, params: { master: 'eth8' } }))
    expect(picked?.key).not.toBe(issueKey({ ...issue, target: { kind: 'network', id: 'n2' } }))
  })

  it('listeners hear each change once, and nothing for a no-op', () => {
    const { store, actions } = aStore()
    let calls = 0
    store.subscribe(() => { calls += 1 })
    actions.createNetwork(lan)
    store.setState((s) => s)
    expect(calls).toBe(1)
  })
})

describe('removing a kept (passed-through) object', () => {
  const kept = (name: string, namespace?: string) => ({ kind: 'Service', name, ...(namespace !== undefined && { namespace }), text: `kind: Service\nmetadata: {name: ${name}}\n` })
  function aStoreWithKept() {
    const passThrough = [kept('web', 'shop'), kept('web', 'shop'), kept('db')]
    const store = createDesignerStore({ project: { ...emptyProject(), passThrough }, selection: { kind: 'none' }, formRevision: 0 })
    return { store, actions: designerActions(store), passThrough }
  }

  it('takes out exactly that one, as one step labelled with its kind and name, and Undo puts it back in its place, selected', () => {
    const { store, actions, passThrough } = aStoreWithKept()
    actions.select({ kind: 'passThrough', index: 1 })
    actions.removePassThrough(1)
    expect(store.getState().project.passThrough).toEqual([passThrough[0], passThrough[2]])
    expect(store.getState().selection).toEqual({ kind: 'none' })
    expect(store.getState().history.past.map((step) => step.label)).toEqual([{ kind: 'removePassThrough', params: { kind: 'Service', name: 'shop/web' } }])
    actions.undo()
    expect(store.getState().project.passThrough).toEqual(passThrough)
    expect(store.getState().selection).toEqual({ kind: 'passThrough', index: 1 })
    actions.redo()
    expect(store.getState().project.passThrough).toEqual([passThrough[0], passThrough[2]])
    expect(store.getState().selection).toEqual({ kind: 'none' })
  })

  it('keeps a later kept object selected as the list moves up, and an earlier one where it is', () => {
    const { store, actions } = aStoreWithKept()
    actions.select({ kind: 'passThrough', index: 2 })
    actions.removePassThrough(0)
    expect(store.getState().selection).toEqual({ kind: 'passThrough', index: 1 })
    expect(store.getState().project.passThrough[1]?.name).toBe('db')
    actions.removePassThrough(1)
    expect(store.getState().selection).toEqual({ kind: 'none' })
    actions.select({ kind: 'passThrough', index: 0 })
    actions.undo()
    expect(store.getState().selection).toEqual({ kind: 'passThrough', index: 1 })
  })

  it('records nothing for an index that is not there', () => {
    const { store, actions } = aStoreWithKept()
    actions.removePassThrough(3)
    actions.removePassThrough(-1)
    expect(store.getState().history.past).toEqual([])
    expect(store.getState().project.passThrough).toHaveLength(3)
  })
})
