import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Network } from '../project/model'
import { aBridgeNetwork, aMacvlanNetwork, aNetwork, aNodeContext, issueCodesOf } from './network-builders'
import { parseCniConfig } from './parse-cni-config'
import { validateNetworkConfig } from './validate-network-config'

describe.each<[string, string, [Network, boolean][]]>([
  ['cniVersion is required', 'cni-version.missing', [[aBridgeNetwork({ cniVersion: undefined }), true], [aBridgeNetwork({ cniVersion: '' }), true]]],
  ['an empty cniVersion is missing, not unsupported', 'cni-version.unsupported', [[aBridgeNetwork({ cniVersion: '' }), false]]],
  ['cniVersion must be one the 4.17 plugins accept, as an exact string', 'cni-version.unsupported', [
    [aBridgeNetwork({ cniVersion: '1.1.0' }), true], [aBridgeNetwork({ cniVersion: '1.0' }), true],
    [aBridgeNetwork({ cniVersion: '0.5.0' }), true], [aBridgeNetwork({ cniVersion: ' 1.0.0' }), true],
    [aBridgeNetwork({ cniVersion: '1.0.0' }), false], [aBridgeNetwork({ cniVersion: '0.4.0' }), false], [aBridgeNetwork({ cniVersion: '0.3.1' }), false],
  ]],
  ['legacy cniVersions are refused on 4.17', 'cni-version.legacy', [
    [aBridgeNetwork({ cniVersion: '0.1.0' }), true], [aBridgeNetwork({ cniVersion: '0.2.0' }), true], [aBridgeNetwork({ cniVersion: '0.3.0' }), true],
  ]],
  ['the CNI name has valid characters', 'name.invalid-characters', [
    [aBridgeNetwork({ name: 'my net' }), true], [aBridgeNetwork({ name: '-net' }), true], [aBridgeNetwork({ name: '' }), true],
    [aBridgeNetwork({ name: 'Net_A.1' }), false],
  ]],
  ['the CNI name equals metadata.name', 'name.differs-from-metadata', [
    [aBridgeNetwork({ name: 'other' }), true], [aBridgeNetwork({ name: undefined }), false],
  ]],
  ['the NAD name is a DNS-1123 label', 'nad-name.not-dns-label', [
    [aNetwork({ type: 'bridge', cniVersion: '1.0.0' }, { name: 'Net-A' }), true],
    [aNetwork({ type: 'bridge', cniVersion: '1.0.0' }, { name: 'net.a' }), true],
    [aNetwork({ type: 'bridge', cniVersion: '1.0.0' }, { name: '-net' }), true],
    [aNetwork({ type: 'bridge', cniVersion: '1.0.0' }, { name: '0net' }), false],
  ]],
  ['the NAD name has at most 63 characters', 'nad-name.too-long', [
    [aNetwork({ type: 'bridge', cniVersion: '1.0.0' }, { name: 'a'.repeat(64) }), true],
    [aNetwork({ type: 'bridge', cniVersion: '1.0.0' }, { name: 'a'.repeat(63) }), false],
  ]],
  ['foreign main plugins are not shipped on MicroShift', 'plugin.not-shipped-on-microshift', [
    [aNetwork({ type: 'foreign', raw: { type: 'host-device', device: 'eth2' } }), true],
    [aBridgeNetwork({}), false],
  ]],
  ['foreign IPAM is not shipped on MicroShift', 'ipam.not-shipped-on-microshift', [
    [aMacvlanNetwork({ ipam: { type: 'foreign', raw: { type: 'whereabouts', range: '10.0.0.0/24' } } }), true],
  ]],
  ['IPAM keys without a type are ignored', 'ipam.type-missing', [[aMacvlanNetwork({ ipam: { type: 'foreign', raw: { subnet: '10.0.0.0/24' } } }), true]]],
  ['a config without type cannot run', 'config.type-missing', [[aNetwork({ type: 'foreign', raw: { cniVersion: '1.0.0' } }), true]]],
  ['unknown keys are ignored by the plugin', 'config.unknown-key', [
    [aBridgeNetwork({ extra: { mode: 'bridge' } }), true],
    [aBridgeNetwork({ ipam: { type: 'host-local', subnet: '10.10.0.0/24', extra: { foo: 1 } } }), true],
  ]],
  ['near-miss keys get a suggestion', 'config.unknown-key-near-miss', [
    [aBridgeNetwork({ extra: { is_gateway: true } }), true],
    [aMacvlanNetwork({ ipam: { type: 'host-local', subnet: '10.23.0.0/16', rangeStart: '10.23.0.100', extra: { rangeStop: '10.23.240' } } }), true],
    [aMacvlanNetwork({ ipam: { type: 'host-local', subnet: '10.23.0.0/16', extra: { rangeStop: '10.23.240' } } }), false],
  ]],
  ['runtime keys do not belong in a NAD', 'config.runtime-key', [[aBridgeNetwork({ extra: { runtimeConfig: {} } }), true]]],
  ['capabilities other than ips and mac do nothing', 'capabilities.unknown', [
    [aBridgeNetwork({ capabilities: { ips: true, extra: { portMappings: true } } }), true], [aBridgeNetwork({ capabilities: { ips: true } }), false],
  ]],
  ['top-level dns is only returned', 'dns.not-written-to-pod', [[aBridgeNetwork({ dns: { nameservers: ['10.0.0.53'] } }), true]]],
  ['nameservers are IP addresses', 'dns.nameserver-not-ip', [[aBridgeNetwork({ dns: { nameservers: ['dns.local'] } }), true]]],
  ['a NAD without spec.config reads a file on the node', 'config.missing', [[aNetwork({ type: 'bridge' }, { config: undefined }), true]]],
  ['spec.config that is not JSON fails at pod start', 'config.invalid-json', [[aNetwork({ type: 'bridge' }, { config: undefined, configText: '{"type":' }), true]]],
  ['chained plugins other than bridge/ipvlan/macvlan are not shipped', 'plugin.not-shipped-on-microshift', [
    [aMacvlanNetwork({}), false], [{ ...aMacvlanNetwork(), conflist: { chain: [{ type: 'tuning' }] } }, true],
  ]],
  ['chaining is discouraged on MicroShift', 'conflist.chained-plugin', [[{ ...aMacvlanNetwork(), conflist: { chain: [{ type: 'bridge' }] } }, true]]],
  ['a chained ipvlan without master cannot find one', 'chain.ipvlan-master-unresolvable', [
    [{ ...aBridgeNetwork(), conflist: { chain: [{ type: 'ipvlan' }] } }, true],
    [{ ...aBridgeNetwork(), conflist: { chain: [{ type: 'ipvlan', master: '' }] } }, true],
    [{ ...aBridgeNetwork(), conflist: { chain: [{ type: 'ipvlan', master: 'eth1' }] } }, false],
  ]],
  ['an empty plugins list is invalid', 'conflist.plugins-empty', [[aNetwork({ type: 'bridge' }, { config: undefined, conflist: { chain: [] } }), true]]],
])('network: %s', (_rule, code, cases) => {
  it.each(cases.map(([network, reported], index) => [index, network, reported] as const))('case %i', (_index, network, reported) => {
    if (reported) expect(issueCodesOf(network)).toContain(code)
    else expect(issueCodesOf(network)).not.toContain(code)
  })
})

// Import shows parse findings and validation issues together and drops a validation issue with the same code and field.
describe('validation reports what the parser reports about kept keys and foreign types, with the same code and field', () => {
  const MODEL_DERIVED = new Set(['plugin.not-shipped-on-microshift', 'ipam.not-shipped-on-microshift', 'ipam.type-missing', 'config.type-missing', 'conflist.plugins-empty', 'config.runtime-key', 'config.unknown-key', 'config.unknown-key-near-miss'])
  it.each([
    '{"cniVersion":"1.0.0","type":"tuning"}',
    '{"cniVersion":"1.0.0","type":"bridge","mode":"bridge","is_gateway":true,"args":{},"ipam":{"type":"whereabouts"}}',
    '{"cniVersion":"1.0.0","type":"macvlan","master":"eth1","ipam":{"type":"host-local","subnet":"10.1.1.0/24","foo":1,"routes":[{"dst":"0.0.0.0/0","x":1}]}}',
    '{"cniVersion":"1.0.0","type":"macvlan","ipam":{"type":"host-local","subnet":"10.23.0.0/16","rangeStart":"10.23.0.100","rangeStop":"10.23.240","runtimeConfig":{},"args":{}}}',
    '{"cniVersion":"1.0.0","type":"macvlan","mtu":"1500","mtuu":1,"ipam":{"type":"host-local","rangeStart":7,"rangeStop":"10.23.240"}}',
    '{"cniVersion":"1.0.0","plugins":[{"type":"bridge"},{"type":"sbr"}]}',
  ])('%s', (text) => {
    const parsed = parseCniConfig(text)
    const network = { id: 'n', name: 'n', namespace: 'default', config: parsed.config, conflist: parsed.conflist }
    const validated = new Set(validateNetworkConfig(network, aNodeContext()).map((i) => `${i.code} ${i.field}`))
    for (const issue of parsed.issues) {
      // Unknown keys inside list items are dropped by the parser, so only the parser knows them.
      const derived = MODEL_DERIVED.has(issue.code) && issue.params.kept !== 'no'
      expect(validated.has(`${issue.code} ${issue.field}`), `${issue.code} ${issue.field}`).toBe(derived)
    }
  })
})

describe('issues carry the network target and catalogue severity', () => {
  it('for a vlan out of range', () => {
    const [issue] = validateNetworkConfig(aBridgeNetwork({ vlan: 4095 }), aNodeContext())
    expect(issue).toEqual({ code: 'bridge.vlan-out-of-range', severity: 'error', target: { kind: 'network', id: 'n1' }, field: 'config.vlan', params: { vlan: 4095 } })
  })
})

describe('validateNetworkConfig never throws', () => {
  it('on anything parseCniConfig produces', () => {
    const keys = ['type', 'mtu', 'vlan', 'vlanTrunk', 'ipam', 'capabilities', 'dns', 'master', 'mode', 'mac', 'subnet', 'ranges', 'addresses', 'routes', 'gateway', 'rangeStart', 'request', 'provide']
    const types = ['bridge', 'macvlan', 'ipvlan']
    const ipamTypes = ['host-local', 'static', 'dhcp']
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()), fc.constantFrom(...types), fc.constantFrom(...ipamTypes), (object, type, ipamType) => {
        const parsed = parseCniConfig(JSON.stringify({ ...object, type, ipam: { ...object, type: ipamType } }))
        const network: Network = { id: 'n', name: 'n', namespace: 'default', config: parsed.config, conflist: parsed.conflist }
        return Array.isArray(validateNetworkConfig(network, aNodeContext()))
      }),
      { numRuns: 500 },
    )
  })
})
