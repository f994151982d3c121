import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCniConfig } from './parse-cni-config'
import { toCniConfig } from './to-cni-config'

const codes = (text: string): string[] => parseCniConfig(text).issues.map((issue) => issue.code)

describe('JSON syntax errors carry their position', () => {
  it('reports line and column inside the config text', () => {
    const { config, issues } = parseCniConfig('{\n  "type": "bridge",\n  "mtu": 1500,\n}')
    expect(config).toBeUndefined()
    expect(issues).toEqual([
      expect.objectContaining({ code: 'config.invalid-json', severity: 'error', params: expect.objectContaining({ line: 4, column: 1 }) }),
    ])
    expect(issues[0]?.offset).toBe(37)
  })
  it.each(['', '{"a":1} x', '{"type":"bridge" // c\n}', "{'type':'bridge'}", '{"a":01}', '{"a":NaN}'])('rejects %j', (text) => {
    expect(codes(text)).toEqual(['config.invalid-json'])
  })
})

describe('the root must be an object', () => {
  it.each(['[]', '"bridge"', '1', 'null', 'true'])('%s is rejected', (text) => {
    expect(codes(text)).toEqual(['config.not-an-object'])
  })
})

describe('keys match case-insensitively like Go encoding/json', () => {
  it('stores the value under the canonical key and notes the spelling', () => {
    const { config, issues } = parseCniConfig('{"cniVersion":"1.0.0","type":"macvlan","MASTER":"eth1","Mode":"vepa"}')
    expect(config).toMatchObject({ type: 'macvlan', master: 'eth1', mode: 'vepa' })
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ['config.key-case-differs', 'config.master'],
      ['config.key-case-differs', 'config.mode'],
    ])
  })
  it('matches nested IPAM keys too', () => {
    const { config } = parseCniConfig('{"type":"bridge","IPAM":{"Type":"host-local","Subnet":"10.1.1.0/24","RANGES":[[{"SUBNET":"10.2.0.0/24"}]]}}')
    expect(config).toMatchObject({ ipam: { type: 'host-local', subnet: '10.1.1.0/24', ranges: [[{ subnet: '10.2.0.0/24' }]] } })
  })
  it('keeps capability keys exact (libcni looks them up verbatim)', () => {
    const { config } = parseCniConfig('{"type":"bridge","capabilities":{"IPs":true,"mac":true}}')
    expect(config).toMatchObject({ capabilities: { mac: true, extra: { IPs: true } } })
  })
})

describe('wrong JSON types are errors with Go-like params', () => {
  it.each([
    ['{"type":"bridge","mtu":"1500"}', 'config.mtu', 'integer', 'string', 'NetConf.mtu'],
    ['{"type":"bridge","vlan":"2"}', 'config.vlan', 'integer', 'string', 'NetConf.vlan'],
    ['{"type":"bridge","isGateway":"true"}', 'config.isGateway', 'boolean', 'string', 'NetConf.isGateway'],
    ['{"type":"bridge","mtu":1500.5}', 'config.mtu', 'integer', 'number 1500.5', 'NetConf.mtu'],
    ['{"type":"bridge","mtu":1e3}', 'config.mtu', 'integer', 'number 1e3', 'NetConf.mtu'],
    ['{"type":"bridge","bridge":5}', 'config.bridge', 'string', 'number', 'NetConf.bridge'],
    ['{"type":"bridge","vlan":99999999999999999999}', 'config.vlan', 'integer', 'number 99999999999999999999', 'NetConf.vlan'],
    ['{"type":"bridge","ipam":{"type":5}}', 'config.ipam.type', 'string', 'number', 'IPAM.ipam.type'],
    ['{"type":true}', 'config.type', 'string', 'bool', 'NetConf.type'],
    ['{"type":"bridge","vlanTrunk":{"id":5}}', 'config.vlanTrunk', 'list', 'object', 'NetConf.vlanTrunk'],
    ['{"type":"bridge","vlanTrunk":[{"id":"5"}]}', 'config.vlanTrunk.0.id', 'integer', 'string', 'NetConf.vlanTrunk.id'],
    ['{"type":"macvlan","ipam":{"type":"static","addresses":[{"address":10}]}}', 'config.ipam.addresses.0.address', 'string', 'number', 'IPAMConfig.addresses.address'],
    ['{"type":"macvlan","capabilities":{"ips":"yes"}}', 'config.capabilities.ips', 'boolean', 'string', 'NetConf.capabilities'],
    ['{"type":"macvlan","dns":{"nameservers":"1.1.1.1"}}', 'config.dns.nameservers', 'list', 'string', 'NetConf.dns.nameservers'],
    ['{"type":"macvlan","ipam":"host-local"}', 'config.ipam', 'object', 'string', 'NetConf.ipam'],
  ])('%s', (text, field, expected, got, goField) => {
    const issue = parseCniConfig(text).issues.find((i) => i.code === 'config.wrong-json-type')
    expect(issue).toMatchObject({ severity: 'error', field, params: expect.objectContaining({ expected, got, goField }) })
  })
  it('leaves the badly typed field unset', () => {
    expect(parseCniConfig('{"type":"bridge","vlan":"2"}').config).toEqual({ type: 'bridge' })
  })
})

describe('unknown keys are warnings and kept at plugin and IPAM level', () => {
  it('keeps them in extra', () => {
    const { config, issues } = parseCniConfig('{"type":"bridge","mode":"bridge","ipam":{"type":"host-local","subnet":"10.1.1.0/24","foo":[1]}}')
    expect(config).toMatchObject({ extra: { mode: 'bridge' }, ipam: { extra: { foo: [1] } } })
    expect(issues.map((i) => [i.code, i.field, i.severity])).toEqual([
      ['config.unknown-key', 'config.mode', 'warning'],
      ['config.unknown-key', 'config.ipam.foo', 'warning'],
    ])
  })
  it('suggests the key a near miss was meant to be', () => {
    const issue = parseCniConfig('{"type":"bridge","is_gateway":true}').issues[0]
    expect(issue).toMatchObject({ code: 'config.unknown-key-near-miss', params: { key: 'is_gateway', suggestion: 'isGateway' } })
  })
  it.each([
    ['subent', 'subnet'],
    ['rangestrat', 'rangeStart'],
    ['range_end', 'rangeEnd'],
    ['gatway', 'gateway'],
  ])('suggests %s → %s inside host-local', (key, suggestion) => {
    const issue = parseCniConfig(`{"type":"bridge","ipam":{"type":"host-local","${key}":"x"}}`).issues[0]
    expect(issue).toMatchObject({ code: 'config.unknown-key-near-miss', params: { suggestion } })
  })
  it('suggests the missing sibling of a key the object has (rangeStop next to rangeStart → rangeEnd)', () => {
    const { issues } = parseCniConfig('{"type":"macvlan","ipam":{"type":"host-local","subnet":"10.23.0.0/16","rangeStart":"10.23.0.100","rangeStop":"10.23.240"}}')
    expect(issues).toMatchObject([{ code: 'config.unknown-key-near-miss', field: 'config.ipam.rangeStop', params: { key: 'rangeStop', suggestion: 'rangeEnd' } }])
  })
  it('suggests the missing sibling inside a range too (dropped there, so only the parser says it)', () => {
    const { issues } = parseCniConfig('{"type":"macvlan","ipam":{"type":"host-local","ranges":[[{"subnet":"10.23.0.0/16","rangeStart":"10.23.0.100","rangeStop":"10.23.0.200"}]]}}')
    expect(issues).toMatchObject([{ code: 'config.unknown-key-near-miss', field: 'config.ipam.ranges.0.0.rangeStop', params: { suggestion: 'rangeEnd', kept: 'no' } }])
  })
  it('does not suggest for unrelated keys', () => {
    expect(parseCniConfig('{"type":"bridge","foo":1}').issues[0]?.code).toBe('config.unknown-key')
  })
  it('drops unknown keys inside ranges and routes with a warning', () => {
    const { config, issues } = parseCniConfig('{"type":"bridge","ipam":{"type":"host-local","ranges":[[{"subnet":"10.1.1.0/24","x":1}]],"routes":[{"dst":"0.0.0.0/0","mtu":1400}]}}')
    expect(config).toMatchObject({ ipam: { ranges: [[{ subnet: '10.1.1.0/24' }]], routes: [{ dst: '0.0.0.0/0' }] } })
    expect(issues.map((i) => i.field)).toEqual(['config.ipam.ranges.0.0.x', 'config.ipam.routes.0.mtu'])
  })
  it('flags runtime keys', () => {
    expect(codes('{"type":"bridge","runtimeConfig":{"ips":["10.1.1.5"]},"args":{}}')).toEqual(['config.runtime-key', 'config.runtime-key'])
  })
  it('flags runtime keys inside ipam as runtime keys, not unknown ones', () => {
    expect(codes('{"type":"bridge","ipam":{"type":"host-local","subnet":"10.1.1.0/24","runtimeConfig":{},"prevResult":{}}}')).toEqual(['config.runtime-key', 'config.runtime-key'])
  })
})

describe('duplicate keys: the last one wins, as in Go', () => {
  it.each([
    ['{"type":"bridge","mtu":1400,"mtu":9000}', 9000],
    ['{"type":"bridge","mtu":1400,"MTU":9000}', 9000],
  ])('%s', (text, mtu) => {
    const { config, issues } = parseCniConfig(text)
    expect(config).toMatchObject({ mtu })
    expect(issues.map((i) => i.code)).toContain('config.duplicate-key')
  })
  it('null leaves the earlier value, as Go does', () => {
    expect(parseCniConfig('{"type":"bridge","mtu":1400,"mtu":null}').config).toMatchObject({ mtu: 1400 })
  })
  it('null subnet or route dst fails: types.IPNet parses it as "" (checked against host-local 1.1.1)', () => {
    expect(codes('{"type":"bridge","ipam":{"type":"host-local","subnet":null}}')).toEqual(['config.null-cidr'])
    expect(codes('{"type":"bridge","ipam":{"type":"host-local","subnet":"10.1.1.0/24","routes":[{"dst":null}]}}')).toEqual(['config.null-cidr'])
  })
})

describe('foreign plugin and IPAM types are kept verbatim with an error', () => {
  it.each(['tuning', 'host-device', 'sriov', 'bond', 'vlan'])('main plugin %s', (type) => {
    const text = `{"cniVersion":"0.4.0","name":"x","type":"${type}","foo":{"bar":1}}`
    const { config, issues } = parseCniConfig(text)
    expect(config).toEqual({ type: 'foreign', raw: JSON.parse(text) })
    expect(issues).toEqual([expect.objectContaining({ code: 'plugin.not-shipped-on-microshift', field: 'config.type', params: { type } })])
  })
  it.each(['whereabouts', 'kube-node', 'Host-Local'])('IPAM %s', (type) => {
    const { config, issues } = parseCniConfig(`{"type":"macvlan","ipam":{"type":"${type}","range":"10.0.0.0/24"}}`)
    expect(config).toMatchObject({ ipam: { type: 'foreign', raw: { type, range: '10.0.0.0/24' } } })
    expect(issues.map((i) => i.code)).toEqual(['ipam.not-shipped-on-microshift'])
  })
  it('treats an empty ipam as no IPAM', () => {
    expect(parseCniConfig('{"type":"bridge","ipam":{}}').config).toEqual({ type: 'bridge' })
  })
  it('keeps an ipam without type and warns', () => {
    const { config, issues } = parseCniConfig('{"type":"bridge","ipam":{"subnet":"10.1.1.0/24"}}')
    expect(config).toMatchObject({ ipam: { type: 'foreign', raw: { subnet: '10.1.1.0/24' } } })
    expect(issues.map((i) => i.code)).toEqual(['ipam.type-missing'])
  })
  it('reports a missing type', () => {
    expect(codes('{"cniVersion":"1.0.0","name":"x"}')).toEqual(['config.type-missing'])
  })
})

describe('conflists', () => {
  const list = '{"cniVersion":"1.0.0","name":"lan","disableCheck":true,"plugins":[{"type":"macvlan","master":"eth1"},{"type":"tuning","sysctl":{}},{"type":"bridge"}]}'
  it('take plugins[0] as the config and keep the rest verbatim', () => {
    const { config, conflist, issues } = parseCniConfig(list)
    expect(config).toEqual({ type: 'macvlan', master: 'eth1', cniVersion: '1.0.0', name: 'lan' })
    expect(conflist).toEqual({ chain: [{ type: 'tuning', sysctl: {} }, { type: 'bridge' }], extra: { disableCheck: true } })
    expect(issues.map((i) => [i.code, i.field])).toEqual([['plugin.not-shipped-on-microshift', 'conflist.chain.0.type']])
  })
  it('are fine without a name (Multus injects it)', () => {
    expect(parseCniConfig('{"cniVersion":"1.0.0","plugins":[{"type":"bridge"}]}').issues).toEqual([])
  })
  it('reject an empty plugins list', () => {
    const { config, issues } = parseCniConfig('{"cniVersion":"1.0.0","name":"x","plugins":[]}')
    expect(config).toBeUndefined()
    expect(issues.map((i) => i.code)).toEqual(['conflist.plugins-empty'])
  })
  it('warn that plugin-level cniVersion and name are replaced', () => {
    expect(codes('{"cniVersion":"1.0.0","plugins":[{"type":"bridge","cniVersion":"0.3.1"}]}')).toEqual(['conflist.plugin-key-overridden'])
  })
  it('are not conflists when `type` is set: Multus then runs a single plugin and ignores `plugins`', () => {
    const { config, conflist, issues } = parseCniConfig('{"cniVersion":"1.0.0","type":"bridge","plugins":[{"type":"tuning"}]}')
    expect(conflist).toBeUndefined()
    expect(config).toMatchObject({ type: 'bridge', extra: { plugins: [{ type: 'tuning' }] } })
    expect(issues.map((i) => i.code)).toEqual(['config.unknown-key'])
  })
  it('match list keys exactly (libcni reads a map)', () => {
    const { config, issues } = parseCniConfig('{"CNIVersion":"1.0.0","plugins":[{"type":"bridge"}]}')
    expect(config).toEqual({ type: 'bridge' })
    expect(issues.map((i) => i.code)).toEqual(['config.unknown-key-near-miss'])
  })
})

describe('a `__proto__` key stays data', () => {
  it('is kept in extra and written back', () => {
    const text = '{"type":"bridge","__proto__":{"x":1},"ipam":{"type":"whereabouts","__proto__":[1]}}'
    const { config } = parseCniConfig(text)
    expect(Object.getPrototypeOf(config?.type === 'bridge' ? config.extra : null)).toBe(Object.prototype)
    expect(JSON.stringify(toCniConfig({ id: 'n', name: 'n', namespace: 'd', config }))).toBe(
      '{"name":"n","type":"bridge","ipam":{"type":"whereabouts","__proto__":[1]},"__proto__":{"x":1}}',
    )
  })
})

describe('parseCniConfig never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => Array.isArray(parseCniConfig(text).issues)))
  })
  it('on arbitrary JSON', () => {
    fc.assert(fc.property(fc.json(), (text) => Array.isArray(parseCniConfig(text).issues)))
  })
  it('on configs with arbitrary values under known keys', () => {
    const keys = ['type', 'mtu', 'vlan', 'vlanTrunk', 'ipam', 'capabilities', 'dns', 'plugins', 'master', 'ranges', 'addresses']
    const value = fc.jsonValue()
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value), fc.constantFrom('bridge', 'macvlan', 'ipvlan'), (object, type) => {
        const text = JSON.stringify({ type, ...object, ipam: { type: 'host-local', ...object } })
        return Array.isArray(parseCniConfig(text).issues)
      }),
    )
  })
})
