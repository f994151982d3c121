import { describe, expect, it } from 'vitest'
import type { Network, StaticIpam } from '../../../project/model'
import { aMacvlanNetwork, issueCodesOf } from '../../network-builders'

const staticNet = (fields: Partial<Omit<StaticIpam, 'type'>>, extra: { cniVersion?: string; ips?: boolean } = {}): Network =>
  aMacvlanNetwork({
    cniVersion: extra.cniVersion ?? '1.0.0',
    ipam: { type: 'static', ...fields },
    ...(extra.ips ? { capabilities: { ips: true } } : {}),
  })

describe.each<[string, string, [Network, boolean][]]>([
  ['addresses are needed unless capabilities.ips', 'static.addresses-missing', [
    [staticNet({}), true], [staticNet({ addresses: [] }), true], [staticNet({}, { ips: true }), false],
    [staticNet({ addresses: [{ address: '10.10.0.5/24' }] }), false],
  ]],
  ['every address entry has an address', 'static.address-missing', [
    [staticNet({ addresses: [{ address: '' }] }), true],
    [staticNet({ addresses: [{ address: '10.10.0.5' }] }), false], [staticNet({ addresses: [{ address: '10.10.0.5/24' }] }), false],
  ]],
  ['address is in CIDR notation with valid octets', 'static.address-not-cidr', [
    [staticNet({ addresses: [{ address: '10.10.0.5' }] }), true], [staticNet({ addresses: [{ address: '10.10.0.300/24' }] }), true],
    [staticNet({ addresses: [{ address: '2001:db8::10/64' }] }), false],
  ]],
  ['gateway is an IP address', 'ipam.invalid-ip', [[staticNet({ addresses: [{ address: '10.10.0.5/24', gateway: '10.10.0.300' }] }), true]]],
  ['gateway lies in the address subnet (R-GW-SUBNET)', 'static.gateway-outside-subnet', [
    [staticNet({ addresses: [{ address: '10.10.0.5/24', gateway: '172.16.0.1' }] }), true],
    [staticNet({ addresses: [{ address: '10.10.0.5/24', gateway: '10.10.0.1' }] }), false],
    [staticNet({ addresses: [{ address: '2001:db8::10/64', gateway: '2001:db8::1' }] }), false],
  ]],
  ['the network address is not a host address', 'static.address-is-network-address', [
    [staticNet({ addresses: [{ address: '10.10.0.0/24' }] }), true], [staticNet({ addresses: [{ address: '10.10.0.0/32' }] }), false],
    [staticNet({ addresses: [{ address: '2001:db8::/64' }] }), false], [staticNet({ addresses: [{ address: '10.10.0.0/31' }] }), false],
  ]],
  ['the broadcast address is not a host address', 'static.address-is-broadcast', [[staticNet({ addresses: [{ address: '10.10.0.255/24' }] }), true]]],
  ['one address per family before CNI 0.3.0', 'cni-version.one-address-per-family', [
    [staticNet({ addresses: [{ address: '10.10.0.5/24' }, { address: '10.10.1.5/24' }] }, { cniVersion: '0.2.0' }), true],
    [staticNet({ addresses: [{ address: '10.10.0.5/24' }, { address: '10.10.1.5/24' }] }), false],
  ]],
  ['routes: dst must be a CIDR', 'route.dst-invalid-cidr', [[staticNet({ addresses: [{ address: '10.10.0.5/24' }], routes: [{ dst: 'default' }] }), true]]],
  ['routes: gw must lie in an address subnet', 'route.gw-outside-subnets', [
    [staticNet({ addresses: [{ address: '10.10.0.5/24' }], routes: [{ dst: '0.0.0.0/0', gw: '172.16.0.1' }] }), true],
    [staticNet({ addresses: [{ address: '10.10.0.5/24' }], routes: [{ dst: '0.0.0.0/0', gw: '10.10.0.1' }] }), false],
  ]],
  ['static dns is not written to the pod', 'dns.not-written-to-pod', [[staticNet({ addresses: [{ address: '10.10.0.5/24' }], dns: { nameservers: ['10.0.0.53'] } }), true]]],
  ['addresses must not overlap the cluster network', 'subnet.overlaps-cluster-network', [[staticNet({ addresses: [{ address: '10.42.0.5/24' }] }), true]]],
])('static: %s', (_rule, code, cases) => {
  it.each(cases.map(([network, reported], index) => [index, network, reported] as const))('case %i', (_index, network, reported) => {
    if (reported) expect(issueCodesOf(network)).toContain(code)
    else expect(issueCodesOf(network)).not.toContain(code)
  })
})

describe('IPv6 static is fine', () => {
  it('has no findings', () => {
    const network = staticNet({ addresses: [{ address: '2001:db8::10/64', gateway: '2001:db8::1' }], routes: [{ dst: '::/0' }] })
    expect(issueCodesOf(network)).toEqual([])
  })
})
