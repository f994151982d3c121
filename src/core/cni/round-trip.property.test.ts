import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Capabilities, Conflist, Dns, Ipam, Network, PluginConfig } from '../project/model'
import { RUNTIME_KEYS } from './common-fields'
import { parseCniConfig } from './parse-cni-config'
import { ipamTable, pluginTable } from './plugin-fields'
import { toCniConfig } from './to-cni-config'
import { aNodeContext } from './network-builders'
import { validateNetworkConfig } from './validate-network-config'

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined })
const json = fc.jsonValue().map((value) => JSON.parse(JSON.stringify(value)) as unknown)
// Strings mix noise with addresses so the IP rules run on generated configs too.
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('10.1.1.0/24', '10.1.1.5', '10.1.1.5/24', 'fd00::/64', 'fd00::1', '10.1.1.0/31', '::/0', '10.1.1.1', 'eth1', 'l2', 'bridge', '121'),
)

function extraKeys(known: readonly string[]): fc.Arbitrary<Record<string, unknown> | undefined> {
  const lower = new Set([...known, 'plugins', ...RUNTIME_KEYS].map((key) => key.toLowerCase()))
  const key = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,8}$/).filter((k) => !lower.has(k.toLowerCase()))
  return opt(fc.dictionary(key, json, { minKeys: 1, maxKeys: 3 }))
}

const routes = opt(fc.array(fc.record({ dst: text, gw: opt(text) }), { maxLength: 2 }))
const dns: fc.Arbitrary<Dns | undefined> = opt(
  fc.record({ nameservers: opt(fc.array(text, { maxLength: 2 })), domain: opt(text), search: opt(fc.array(text, { maxLength: 2 })), options: opt(fc.array(text, { maxLength: 2 })) }),
)
const capabilities: fc.Arbitrary<Capabilities | undefined> = opt(
  fc.record({
    ips: opt(fc.boolean()),
    mac: opt(fc.boolean()),
    extra: opt(fc.dictionary(fc.stringMatching(/^[a-zA-Z]{1,8}$/).filter((k) => k !== 'ips' && k !== 'mac'), fc.boolean(), { minKeys: 1, maxKeys: 2 })),
  }),
)
const range = fc.record({ subnet: text, rangeStart: opt(text), rangeEnd: opt(text), gateway: opt(text) })

const ipam: fc.Arbitrary<Ipam | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({
    type: fc.constant('host-local' as const),
    subnet: opt(text), rangeStart: opt(text), rangeEnd: opt(text), gateway: opt(text),
    ranges: opt(fc.array(fc.array(range, { maxLength: 2 }), { maxLength: 2 })),
    routes, dataDir: opt(text), resolvConf: opt(text), extra: extraKeys(Object.keys(ipamTable('host-local'))),
  }),
  fc.record({
    type: fc.constant('static' as const),
    addresses: opt(fc.array(fc.record({ address: text, gateway: opt(text) }), { maxLength: 2 })),
    routes, dns, extra: extraKeys(Object.keys(ipamTable('static'))),
  }),
  fc.record({
    type: fc.constant('dhcp' as const),
    daemonSocketPath: opt(text),
    request: opt(fc.array(fc.record({ option: text, skipDefault: opt(fc.boolean()) }), { maxLength: 2 })),
    provide: opt(fc.array(fc.record({ option: text, value: opt(text), fromArg: opt(text) }), { maxLength: 2 })),
    extra: extraKeys(Object.keys(ipamTable('dhcp'))),
  }),
  extraKeys(['type']).map((raw): Ipam => ({ type: 'foreign', raw: { type: 'whereabouts', ...raw } })),
)

const common = { cniVersion: opt(text), name: opt(text), ipam, dns, capabilities }
const int = opt(fc.integer())
const bool = opt(fc.boolean())

const config: fc.Arbitrary<PluginConfig> = fc.oneof(
  fc.record({
    ...common, type: fc.constant('bridge' as const), bridge: opt(text), isGateway: bool, isDefaultGateway: bool, forceAddress: bool,
    ipMasq: bool, mtu: int, hairpinMode: bool, promiscMode: bool, vlan: int,
    vlanTrunk: opt(fc.array(fc.record({ id: int, minID: int, maxID: int }), { maxLength: 2 })),
    preserveDefaultVlan: bool, macspoofchk: bool, enabledad: bool, disableContainerInterface: bool,
    extra: extraKeys(Object.keys(pluginTable('bridge'))),
  }),
  fc.record({ ...common, type: fc.constant('ipvlan' as const), master: opt(text), mode: opt(text), mtu: int, linkInContainer: bool, extra: extraKeys(Object.keys(pluginTable('ipvlan'))) }),
  fc.record({ ...common, type: fc.constant('macvlan' as const), master: opt(text), mode: opt(text), mtu: int, mac: opt(text), linkInContainer: bool, extra: extraKeys(Object.keys(pluginTable('macvlan'))) }),
)

const conflist: fc.Arbitrary<Conflist | undefined> = opt(
  fc.record({
    chain: fc.array(extraKeys(['type']).map((raw) => ({ type: 'tuning', ...raw })), { maxLength: 2 }),
    extra: extraKeys(['cniVersion', 'cniVersions', 'name', 'disableCheck', 'disableGC', 'plugins']),
  }),
)

function expectedConfig(network: Network): PluginConfig | undefined {
  const { config } = network
  if (!config || config.type === 'foreign') return config
  return { ...config, name: config.name ?? network.name }
}

describe('toCniConfig and parseCniConfig round-trip every generated config', () => {
  it('parse(stringify(toCniConfig(n))) gives back n.config and n.conflist', () => {
    fc.assert(
      fc.property(config, conflist, (generated, list) => {
        const network: Network = { id: 'n', name: 'nad-a', namespace: 'default', config: generated, conflist: list }
        const parsed = parseCniConfig(JSON.stringify(toCniConfig(network)))
        expect(parsed.config).toEqual(expectedConfig(network))
        if (list) expect(parsed.conflist).toEqual(list)
        expect(parsed.issues.filter((issue) => issue.code === 'config.wrong-json-type')).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})

describe('validateNetworkConfig never throws on generated configs', () => {
  it('for the model and for its parsed round trip', () => {
    fc.assert(
      fc.property(config, conflist, (generated, list) => {
        const network: Network = { id: 'n', name: 'nad-a', namespace: 'default', config: generated, conflist: list }
        return Array.isArray(validateNetworkConfig(network, aNodeContext()))
      }),
      { numRuns: 500 },
    )
  })
})
