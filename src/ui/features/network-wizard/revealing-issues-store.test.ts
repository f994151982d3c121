import { describe, expect, it, vi } from 'vitest'
import type { Issue } from '../../../core'
import { createRevealingIssuesStore } from './revealing-issues-store'

const issueAt = (field: string, severity: Issue['severity'] = 'error'): Issue => ({
  code: 'static.address-missing', severity, target: { kind: 'network', id: 'n1' }, field, params: {},
})
const address = 'config.ipam.addresses.0.address'
const name = 'name'

describe('a store that reveals issues field by field', () => {
  it('shows no error at a field the user has not left yet', () => {
    const store = createRevealingIssuesStore()
    store.set([issueAt(address)])
    expect(store.get(address)).toEqual([])
    expect(store.hasUnder(['config.ipam'])).toBe(false)
  })

  it('shows warnings and notes at once: they say what a default will do', () => {
    const store = createRevealingIssuesStore()
    const warnings = [issueAt('config.master', 'warning'), issueAt('config.master', 'info')]
    store.set(warnings)
    expect(store.get('config.master')).toEqual(warnings)
  })

  it('shows a field\u2019s issues once it is left, and keeps following them live', () => {
    const store = createRevealingIssuesStore()
    store.set([issueAt(address), issueAt(name)])
    store.reveal(address)
    expect(store.get(address)).toEqual([issueAt(address)])
    expect(store.get(name)).toEqual([])
    store.set([])
    expect(store.get(address)).toEqual([])
    store.set([issueAt(address)])
    expect(store.get(address)).toEqual([issueAt(address)])
  })

  it('shows every issue of a step the user tried to leave, and tells the fields', () => {
    const store = createRevealingIssuesStore()
    const listener = vi.fn()
    store.subscribe(listener)
    store.set([issueAt(address), issueAt(name)])
    store.revealWhere((field) => field.startsWith('config.ipam'))
    expect(listener).toHaveBeenCalledTimes(2)
    expect(store.get(address)).toEqual([issueAt(address)])
    expect(store.hasUnder(['config.ipam'])).toBe(true)
    expect(store.get(name)).toEqual([])
  })
})
