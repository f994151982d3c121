import { describe, expect, it } from 'vitest'
import { buildDelegates } from './build-delegates'
import { validateSelection } from './validate-selection'

describe('buildDelegates (Multus + libcni emulation)', () => {
  it('passes a config that needs nothing byte for byte, duplicate keys included', () => {
    const text = '{"cniVersion":"1.0.0","name":"a","type":"macvlan","mode":"x","mode":"bridge"}'
    const result = buildDelegates(text, 'nad', {})
    expect(result).toMatchObject({ ok: true, delegates: [{ type: 'macvlan', text }] })
  })

  it('injects the NAD name when the config has none', () => {
    const result = buildDelegates({ cniVersion: '1.0.0', type: 'bridge' }, 'my-nad', {})
    expect(result.ok && JSON.parse(result.delegates[0]?.text ?? '{}').name).toBe('my-nad')
  })

  it('adds runtimeConfig only for capabilities the config declares', () => {
    const declared = buildDelegates({ name: 'a', type: 'macvlan', capabilities: { ips: true } }, 'a', { ips: ['10.1.1.5'], mac: '02:00:00:00:00:01' })
    expect(declared.ok && declared.delegates[0]?.object['runtimeConfig']).toEqual({ ips: ['10.1.1.5'] })
    const undeclared = buildDelegates({ name: 'a', type: 'macvlan' }, 'a', { ips: ['10.1.1.5'] })
    expect(undeclared.ok && undeclared.delegates[0]?.object['runtimeConfig']).toBeUndefined()
  })

  it('splits a conflist into one config per plugin carrying the list name and version', () => {
    const result = buildDelegates({ cniVersion: '0.4.0', plugins: [{ type: 'bridge' }, { type: 'ipvlan' }] }, 'nad', {})
    expect(result.ok && result.delegates.map((d) => [d.type, d.object['name'], d.object['cniVersion']])).toEqual([
      ['bridge', 'nad', '0.4.0'], ['ipvlan', 'nad', '0.4.0']])
  })

  it.each([
    ['invalid JSON', '{"type":', 'error parsing configuration'],
    ['a non-object root', '[]', 'not a JSON object'],
    ['a missing type', '{"name":"a"}', "missing 'type'"],
    ['an empty conflist', '{"name":"a","plugins":[]}', 'no plugins in list'],
  ])('rejects %s as the runtime does', (_, text, message) => {
    const result = buildDelegates(text, 'nad', {})
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toContain(message)
  })

  it('finds the type key regardless of case, as Go does', () => {
    expect(buildDelegates('{"name":"a","Type":"macvlan"}', 'a', {})).toMatchObject({ ok: true, delegates: [{ type: 'macvlan' }] })
  })
})

describe('validateSelection (Multus annotation checks)', () => {
  it.each([
    [{ network: 0, mac: '02:00:00:00:00:01' }, undefined],
    [{ network: 0, mac: '02-00-00-00-00-01' }, undefined],
    [{ network: 0, mac: 'zz:00:00:00:00:01' }, 'failed to mac'],
    [{ network: 0, ips: ['10.1.1.5', '10.1.1.6/24', 'fd00::5'] }, undefined],
    [{ network: 0, ips: ['10.1.1.300'] }, 'failed to parse IP address'],
    [{ network: 0, ips: ['10.1.1.5/33'] }, 'failed to parse CIDR'],
  ])('%j → %s', (attachment, message) => {
    const result = validateSelection(attachment)
    if (message === undefined) expect(result).toBeUndefined()
    else expect(result).toContain(message)
  })
})
