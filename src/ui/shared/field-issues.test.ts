import { describe, expect, it } from 'vitest'
import type { Issue } from '../../core'
import { createFieldIssuesStore } from './field-issues'

function anIssue(field: string, code = 'x.y'): Issue {
  return { code, severity: 'error', target: { kind: 'network', id: 'n1' }, field, params: {} }
}

describe('the per-field issue store', () => {
  it('gives each field its own issues and an empty list otherwise', () => {
    const store = createFieldIssuesStore([anIssue('config.master'), anIssue('config.mtu')])
    expect(store.get('config.master')).toHaveLength(1)
    expect(store.get('config.mode')).toEqual([])
  })

  it('keeps the same array for a field whose issues did not change, so its input does not re-render', () => {
    const store = createFieldIssuesStore([anIssue('config.master'), anIssue('config.mtu')])
    const master = store.get('config.master')
    const mtu = store.get('config.mtu')
    store.set([anIssue('config.master'), anIssue('config.mtu', 'other.code')])
    expect(store.get('config.master')).toBe(master)
    expect(store.get('config.mtu')).not.toBe(mtu)
  })

  it('tells listeners about every update and finds issues below a prefix', () => {
    const store = createFieldIssuesStore()
    let calls = 0
    const stop = store.subscribe(() => { calls += 1 })
    store.set([anIssue('config.ipam.ranges.0.0.subnet')])
    expect(calls).toBe(1)
    expect(store.hasUnder(['config.ipam'])).toBe(true)
    expect(store.hasUnder(['config.ip'])).toBe(false)
    stop()
    store.set([])
    expect(calls).toBe(1)
  })
})
