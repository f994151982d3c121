import { describe, expect, it } from 'vitest'
import type { HostLocalIpam, Network } from '../../../project/model'
import { aBridgeNetwork, aNodeContext, issueCodesOf } from '../../network-builders'
import { validateNetworkConfig } from '../../validate-network-config'

const hostLocal = (fields: Partial<Omit<HostLocalIpam, 'type'>>, cniVersion = '1.0.0'): Network =>
  aBridgeNetwork({ cniVersion, ipam: { type: 'host-local', ...fields } })

describe.each<[string, string, [Network, boolean][]]>([
  ['subnet or ranges must be given', 'host-local.no-ranges', [
    [hostLocal({}), true], [hostLocal({ ranges: [] }), true], [hostLocal({ subnet: '10.1.1.0/24' }), false],
  ]],
  ['subnet must be a CIDR', 'host-local.subnet-invalid-cidr', [
    [hostLocal({ subnet: '10.1.1.0' }), true], [hostLocal({ subnet: '10.1.1.0/33' }), true], [hostLocal({ subnet: '' }), true],
    [hostLocal({ ranges: [[{ subnet: 'nope' }]] }), true],
  ]],
  ['a range needs a subnet', 'host-local.subnet-missing', [[hostLocal({ ranges: [[{} as { subnet: string }]] }), true]]],
  ['subnet must leave room to allocate', 'host-local.subnet-too-small', [
    [hostLocal({ subnet: '10.1.1.0/31' }), true], [hostLocal({ subnet: '10.1.1.0/32' }), true],
    [hostLocal({ ranges: [[{ subnet: 'fd00:1::/127' }]] }), true], [hostLocal({ ranges: [[{ subnet: 'fd00:1::/128' }]] }), true],
    [hostLocal({ subnet: '10.1.1.0/30' }), false], [hostLocal({ ranges: [[{ subnet: 'fd00:1::/126' }]] }), false],
  ]],
  ['subnet must not be IPv4-mapped IPv6', 'host-local.subnet-ipv4-mapped', [[hostLocal({ subnet: '::ffff:10.8.8.0/120' }), true]]],
  ['subnet must not have host bits set', 'host-local.subnet-host-bits-set', [[hostLocal({ subnet: '10.1.1.5/24' }), true]]],
  ['rangeStart must lie in the subnet', 'host-local.range-start-outside-subnet', [
    [hostLocal({ subnet: '10.1.1.0/24', rangeStart: '10.2.0.5' }), true], [hostLocal({ subnet: '10.1.1.0/24', rangeStart: 'fd00::5' }), true],
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24', rangeStart: '10.1.2.1' }]] }), true],
    [hostLocal({ subnet: '10.1.1.0/24', rangeStart: '10.1.1.10' }), false],
  ]],
  ['rangeStart must not be after rangeEnd', 'host-local.range-start-after-range-end', [
    [hostLocal({ subnet: '10.1.1.0/24', rangeStart: '10.1.1.50', rangeEnd: '10.1.1.10' }), true],
    [hostLocal({ subnet: '10.1.1.0/24', rangeStart: '10.1.1.10', rangeEnd: '10.1.1.10' }), false],
  ]],
  ['rangeEnd must lie in the subnet', 'host-local.range-end-outside-subnet', [
    [hostLocal({ subnet: '10.1.1.0/24', rangeEnd: '10.1.2.9' }), true], [hostLocal({ subnet: '10.1.1.0/24', rangeEnd: '10.1.1.255' }), false],
  ]],
  ['rangeStart at the network address hands it out', 'host-local.range-start-is-network-address', [
    [hostLocal({ subnet: '10.1.1.0/24', rangeStart: '10.1.1.0' }), true],
  ]],
  ['rangeEnd at the broadcast address hands it out', 'host-local.range-end-is-broadcast', [
    [hostLocal({ subnet: '10.1.1.0/24', rangeEnd: '10.1.1.255' }), true],
    [hostLocal({ ranges: [[{ subnet: 'fd00:1::/64', rangeEnd: 'fd00:1::ffff:ffff:ffff:ffff' }]] }), false],
  ]],
  ['rangeStart, rangeEnd and gateway must be IP addresses', 'ipam.invalid-ip', [
    [hostLocal({ subnet: '10.1.1.0/24', gateway: '10.1.1.300' }), true], [hostLocal({ subnet: '10.1.1.0/24', rangeEnd: 'x' }), true],
  ]],
  ['the gateway must lie in the subnet (R-GW-SUBNET)', 'host-local.gateway-outside-subnet', [
    [hostLocal({ subnet: '10.1.1.0/24', gateway: '10.99.99.1' }), true],
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24', gateway: '10.1.2.1' }]] }), true],
    [hostLocal({ subnet: '10.1.1.0/24', gateway: '10.1.1.254' }), false],
  ]],
  ['a range set must not be empty', 'host-local.range-set-empty', [[hostLocal({ ranges: [[]] }), true]]],
  ['a range set must not mix families', 'host-local.range-set-mixed-families', [
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24' }, { subnet: 'fd00:1::/64' }]] }), true],
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24' }], [{ subnet: 'fd00:1::/64' }]] }), false],
  ]],
  ['ranges in a set must not overlap', 'host-local.ranges-overlap-in-set', [
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24' }, { subnet: '10.1.1.0/25' }]] }), true],
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24', rangeEnd: '10.1.1.99' }, { subnet: '10.1.1.0/24', rangeStart: '10.1.1.100' }]] }), false],
  ]],
  ['range sets must not overlap', 'host-local.range-sets-overlap', [
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24' }], [{ subnet: '10.1.1.0/25' }]] }, '1.0.0'), true],
    [hostLocal({ subnet: '10.1.1.0/24', ranges: [[{ subnet: '10.1.1.128/25' }]] }), true],
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24' }], [{ subnet: '10.1.2.0/24' }]] }), false],
  ]],
  ['one address per family before CNI 0.3.0', 'cni-version.one-address-per-family', [
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24' }], [{ subnet: '10.2.2.0/24' }]] }, '0.2.0'), true],
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24' }], [{ subnet: 'fd00:1::/64' }]] }, '0.2.0'), false],
    [hostLocal({ ranges: [[{ subnet: '10.1.1.0/24' }], [{ subnet: '10.2.2.0/24' }]] }, '0.3.0'), false],
  ]],
  ['subnet and ranges together give two addresses', 'host-local.subnet-and-ranges', [
    [hostLocal({ subnet: '10.1.1.0/24', ranges: [[{ subnet: '10.5.5.0/24' }]] }), true],
  ]],
  ['top-level gateway is ignored when only ranges is used', 'host-local.top-level-key-ignored', [
    [hostLocal({ gateway: '10.5.5.1', ranges: [[{ subnet: '10.5.5.0/24' }]] }), true],
    [hostLocal({ subnet: '10.5.5.0/24', gateway: '10.5.5.1' }), false],
  ]],
  ['a set must have an allocatable address', 'host-local.pool-empty', [
    [hostLocal({ subnet: '10.1.1.0/24', rangeStart: '10.1.1.1', rangeEnd: '10.1.1.1' }), true],
    [hostLocal({ subnet: '10.9.9.0/30' }), false],
  ]],
  ['a one-address pool hands the same address out on every node and serves one pod per node', 'host-local.pool-single-address', [
    [hostLocal({ subnet: '10.1.1.0/24', rangeStart: '10.1.1.10', rangeEnd: '10.1.1.10' }), true],
    [hostLocal({ ranges: [[{ subnet: 'fd00:1::/64', rangeStart: 'fd00:1::10', rangeEnd: 'fd00:1::10' }]] }), true],
    [hostLocal({ subnet: '10.9.9.0/30' }), true],
    [hostLocal({ subnet: '10.1.1.0/24', rangeStart: '10.1.1.10', rangeEnd: '10.1.1.11' }), false],
    [hostLocal({ subnet: '10.1.1.0/24', rangeStart: '10.1.1.1', rangeEnd: '10.1.1.1' }), false],
    [hostLocal({ subnet: '10.1.1.0/24' }), false],
  ]],
  ['route dst must be a CIDR', 'route.dst-invalid-cidr', [
    [hostLocal({ subnet: '10.1.1.0/24', routes: [{ dst: 'default' }] }), true], [hostLocal({ subnet: '10.1.1.0/24', routes: [{ dst: '0.0.0.0/0' }] }), false],
  ]],
  ['an IPv4 route dst must not have host bits set (the kernel refuses it)', 'route.dst-host-bits-set', [
    [hostLocal({ subnet: '10.1.1.0/24', routes: [{ dst: '10.9.0.5/16' }] }), true], [hostLocal({ subnet: '10.1.1.0/24', routes: [{ dst: '10.9.0.0/16' }] }), false],
  ]],
  ['an IPv6 route dst with host bits is masked by the kernel', 'route.dst-host-bits-ignored', [
    [hostLocal({ subnet: 'fd00:1::/64', routes: [{ dst: 'fd00:2::5/64' }] }), true],
  ]],
  ['route gw must lie in a subnet of the network', 'route.gw-outside-subnets', [
    [hostLocal({ subnet: '10.1.1.0/24', routes: [{ dst: '10.9.0.0/16', gw: '10.2.0.1' }] }), true],
    [hostLocal({ subnet: '10.1.1.0/24', routes: [{ dst: '10.9.0.0/16', gw: '10.1.1.254' }] }), false],
    [hostLocal({ subnet: '10.1.1.0/24', routes: [{ dst: 'fd00:9::/64', gw: 'fd00:1::1' }] }), true],
    [hostLocal({ subnet: '10.1.1.0/24', routes: [{ dst: 'fd00:9::/64', gw: 'fe80::1' }] }), false],
  ]],
  ['route gw family matches dst', 'route.gw-family-mismatch', [
    [hostLocal({ subnet: '10.1.1.0/24', routes: [{ dst: '::/0', gw: '10.1.1.1' }] }), true],
  ]],
  ['subnet must not overlap the cluster network', 'subnet.overlaps-cluster-network', [
    [hostLocal({ subnet: '10.42.5.0/24' }), true], [hostLocal({ subnet: '10.44.0.0/24' }), false],
  ]],
  ['subnet must not overlap the service network', 'subnet.overlaps-service-network', [
    [hostLocal({ ranges: [[{ subnet: '10.0.0.0/8' }]] }), true],
  ]],
])('host-local: %s', (_rule, code, cases) => {
  it.each(cases.map(([network, reported], index) => [index, network, reported] as const))('case %i', (_index, network, reported) => {
    if (reported) expect(issueCodesOf(network)).toContain(code)
    else expect(issueCodesOf(network)).not.toContain(code)
  })
})

describe('findings point at model paths', () => {
  it('names the range field', () => {
    const network = hostLocal({ ranges: [[{ subnet: '10.1.1.0/24' }, { subnet: '10.1.2.0/24', rangeStart: '10.1.3.1' }]] })
    const issue = validateNetworkConfig(network, aNodeContext()).find((i) => i.code === 'host-local.range-start-outside-subnet')
    expect(issue).toMatchObject({ field: 'config.ipam.ranges.0.1.rangeStart', target: { kind: 'network', id: 'n1' } })
  })
})

describe('host-local.pool-single-address names the address', () => {
  it.each([
    [{ subnet: '10.1.1.0/24', rangeStart: '10.1.1.10', rangeEnd: '10.1.1.10' }, '10.1.1.10'],
    [{ subnet: '10.9.9.0/30' }, '10.9.9.2'],
  ])('%o gives %s', (fields, address) => {
    const issue = validateNetworkConfig(hostLocal(fields), aNodeContext()).find((found) => found.code === 'host-local.pool-single-address')
    expect(issue?.params).toEqual({ set: 0, address })
  })
})
