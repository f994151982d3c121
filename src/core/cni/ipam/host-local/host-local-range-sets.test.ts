import { describe, expect, it } from 'vitest'
import type { HostLocalIpam } from '../../../project/model'
import { formatIp } from '../../../net/ip-address'
import { hostLocalPoolSize, hostLocalRangeSets, isAddressInHostLocalPool, isHostLocalGateway } from './host-local-range-sets'

const ipam = (fields: Partial<Omit<HostLocalIpam, 'type'>>): HostLocalIpam => ({ type: 'host-local', ...fields })

describe('hostLocalPoolSize follows the reference capacity formula', () => {
  it.each<[string, HostLocalIpam, bigint]>([
    ['a default /24 gives 253', ipam({ subnet: '10.1.1.0/24' }), 253n],
    ['a /30 gives 1', ipam({ subnet: '10.9.9.0/30' }), 1n],
    ['an explicit span without the gateway', ipam({ subnet: '10.1.1.0/24', rangeStart: '10.1.1.100', rangeEnd: '10.1.1.199' }), 100n],
    ['a gateway outside the span is not subtracted', ipam({ subnet: '10.1.1.0/24', gateway: '10.1.1.254', rangeEnd: '10.1.1.200' }), 200n],
    ['an IPv6 /120 runs to the last address', ipam({ ranges: [[{ subnet: 'fd00::/120' }]] }), 254n],
    ['the smallest set wins (each pod takes one address per set)', ipam({ ranges: [[{ subnet: '10.1.1.0/24' }], [{ subnet: 'fd00::/126' }]] }), 2n],
    ['ranges in a set add up', ipam({ ranges: [[{ subnet: '10.1.1.0/30' }, { subnet: '10.1.2.0/30' }]] }), 2n],
    ['an invalid config has no pool', ipam({ subnet: '10.1.1.0/33' }), 0n],
  ])('%s', (_name, config, size) => {
    expect(hostLocalPoolSize(config)).toBe(size)
  })
})

describe('hostLocalRangeSets resolves the plugin defaults', () => {
  it('puts the top-level range first and fills start, end and gateway', () => {
    const sets = hostLocalRangeSets(ipam({ subnet: '10.1.1.0/24', ranges: [[{ subnet: 'fd00:1::/64' }]] }))
    expect(sets.map((set) => [set.index, set.family, set.path])).toEqual([
      [0, 4, 'config.ipam'],
      [1, 6, 'config.ipam.ranges.0'],
    ])
    const [v4, v6] = sets.map((set) => set.ranges[0])
    expect(v4 && [formatIp(v4.start), formatIp(v4.end), formatIp(v4.gateway)]).toEqual(['10.1.1.1', '10.1.1.254', '10.1.1.1'])
    expect(v6 && formatIp(v6.end)).toBe('fd00:1::ffff:ffff:ffff:ffff')
  })
})

describe('isAddressInHostLocalPool / isHostLocalGateway answer requested-IP questions', () => {
  const config = ipam({ subnet: '10.1.1.0/24' })
  it.each<[string, boolean, boolean]>([
    ['10.1.1.77', true, false],
    ['10.1.1.77/24', true, false],
    ['10.1.1.1', false, true],
    ['10.1.1.255', false, false],
    ['10.1.2.5', false, false],
    ['nope', false, false],
  ])('%s', (ip, inPool, gateway) => {
    expect(isAddressInHostLocalPool(config, ip)).toBe(inPool)
    expect(isHostLocalGateway(config, ip)).toBe(gateway)
  })
  it('accepts the last IPv6 address of the default range', () => {
    expect(isAddressInHostLocalPool(ipam({ subnet: 'fd00:1::/64' }), 'fd00:1::ffff:ffff:ffff:ffff')).toBe(true)
  })
})
