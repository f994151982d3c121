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
