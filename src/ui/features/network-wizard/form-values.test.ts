import { describe, expect, it } from 'vitest'
import type { Network } from '../../../core'
import { toNetwork } from './form-values'
import { parseTrunkText, trunkText } from './trunk-field'

const base: Network = { id: 'n1', name: 'lan', namespace: 'default' }

describe('form values to a network', () => {
  it('leaves out keys whose inputs are empty, so the YAML has no noise', () => {
    const network = toNetwork({ name: 'lan', namespace: 'default', config: { type: 'macvlan', master: '', mtu: undefined, dns: { domain: '' } } }, base)
    expect(network.config).toEqual({ type: 'macvlan' })
  })

  it('keeps rows of a list even when they are still empty', () => {
    const network = toNetwork({ name: 'lan', namespace: 'default', config: { type: 'bridge', ipam: { type: 'host-local', ranges: [[{ subnet: '' }]] } } }, base)
    expect(network.config).toEqual({ type: 'bridge', ipam: { type: 'host-local', ranges: [[{}]] } })
  })

  it('keeps the id and never drops name or namespace', () => {
    const network = toNetwork({ id: 'other', name: '', namespace: '' }, base)
    expect(network).toMatchObject({ id: 'n1', name: '', namespace: '' })
  })

  it('does not share objects with the form', () => {
    const values = { name: 'lan', namespace: 'default', config: { type: 'macvlan', capabilities: { ips: true } } }
    const network = toNetwork(values, base)
    values.config.capabilities.ips = false
    expect(network.config).toMatchObject({ capabilities: { ips: true } })
  })
})

describe('VLAN trunk text', () => {
  it.each([
    ['100', [{ id: 100 }]],
    ['100, 200-300', [{ id: 100 }, { minID: 200, maxID: 300 }]],
    [' 5 - 6 ,7', [{ minID: 5, maxID: 6 }, { id: 7 }]],
    ['', []],
  ])('"%s" is read as %j', (text, entries) => {
    expect(parseTrunkText(text)).toEqual(entries)
  })

  it.each(['abc', '100-', '1,,x'])('"%s" is not a trunk', (text) => {
    expect(parseTrunkText(text)).toBeUndefined()
  })

  it('writes entries back as text', () => {
    expect(trunkText([{ id: 100 }, { minID: 200, maxID: 300 }])).toBe('100, 200-300')
  })
})
