import { describe, expect, it } from 'vitest'
import type { Network } from '../../project/model'
import { aBridgeNetwork, issueCodesOf } from '../network-builders'

const noIpam = { ipam: undefined }

describe.each<[string, string, [Network, boolean][]]>([
  ['vlan must be 0..4094', 'bridge.vlan-out-of-range', [
    [aBridgeNetwork({ vlan: 0 }), false], [aBridgeNetwork({ vlan: 4094 }), false],
    [aBridgeNetwork({ vlan: 4095 }), true], [aBridgeNetwork({ vlan: -1 }), true],
  ]],
  ['trunk id must be 1..4094', 'bridge.vlan-trunk-id-out-of-range', [
    [aBridgeNetwork({ vlanTrunk: [{ id: 1 }, { id: 4094 }] }), false],
    [aBridgeNetwork({ vlanTrunk: [{ id: 0 }] }), true], [aBridgeNetwork({ vlanTrunk: [{ id: 4095 }] }), true],
  ]],
  ['trunk minID must be 1..4094', 'bridge.vlan-trunk-min-id-out-of-range', [
    [aBridgeNetwork({ vlanTrunk: [{ minID: 1, maxID: 10 }] }), false], [aBridgeNetwork({ vlanTrunk: [{ minID: 0, maxID: 10 }] }), true],
  ]],
  ['trunk maxID must be 1..4094', 'bridge.vlan-trunk-max-id-out-of-range', [
    [aBridgeNetwork({ vlanTrunk: [{ minID: 10, maxID: 4094 }] }), false], [aBridgeNetwork({ vlanTrunk: [{ minID: 10, maxID: 4095 }] }), true],
  ]],
  ['trunk minID must not be greater than maxID', 'bridge.vlan-trunk-min-id-above-max-id', [
    [aBridgeNetwork({ vlanTrunk: [{ minID: 200, maxID: 200 }] }), false], [aBridgeNetwork({ vlanTrunk: [{ minID: 300, maxID: 200 }] }), true],
  ]],
  ['trunk minID and maxID come together (maxID missing)', 'bridge.vlan-trunk-max-id-missing', [
    [aBridgeNetwork({ vlanTrunk: [{ minID: 200 }] }), true],
  ]],
  ['trunk minID and maxID come together (minID missing)', 'bridge.vlan-trunk-min-id-missing', [
    [aBridgeNetwork({ vlanTrunk: [{ maxID: 200 }] }), true],
  ]],
  ['a trunk entry without IDs is skipped', 'bridge.vlan-trunk-entry-empty', [
    [aBridgeNetwork({ vlanTrunk: [{}] }), true], [aBridgeNetwork({ vlanTrunk: [] }), false],
  ]],
  ['vlan and vlanTrunk cannot be combined on 4.17', 'bridge.vlan-with-vlan-trunk', [
    [aBridgeNetwork({ vlan: 100, vlanTrunk: [{ id: 101 }] }), true],
    [aBridgeNetwork({ vlan: 100, vlanTrunk: [] }), false],
    [aBridgeNetwork({ vlan: 0, vlanTrunk: [{ id: 101 }] }), false],
    [aBridgeNetwork({ vlan: 100, vlanTrunk: [{ id: 5000 }] }), false],
  ]],
  ['hairpinMode and promiscMode cannot both be on', 'bridge.hairpin-with-promisc', [
    [aBridgeNetwork({ hairpinMode: true, promiscMode: true }), true], [aBridgeNetwork({ hairpinMode: true }), false],
  ]],
  ['disableContainerInterface forbids IPAM', 'bridge.ipam-with-container-interface-disabled', [
    [aBridgeNetwork({ disableContainerInterface: true }), true], [aBridgeNetwork({ disableContainerInterface: true, ...noIpam }), false],
  ]],
  ['the bridge name has at most 15 bytes', 'bridge.name-too-long', [
    [aBridgeNetwork({ bridge: 'br-exactly-15ch' }), false], [aBridgeNetwork({ bridge: 'br-name-too-long-x' }), true],
    [aBridgeNetwork({ bridge: 'brééééééé' }), true], [aBridgeNetwork({ bridge: 'brgéééééé' }), false],
  ]],
  ['the bridge name is a valid interface name', 'bridge.name-invalid', [
    [aBridgeNetwork({ bridge: 'br/a' }), true], [aBridgeNetwork({ bridge: 'br a' }), true], [aBridgeNetwork({ bridge: '' }), true],
    [aBridgeNetwork({ bridge: 'br:0' }), true], [aBridgeNetwork({ bridge: '..' }), true],
  ]],
  ['the bridge is not an existing host NIC', 'bridge.name-is-host-nic', [
    [aBridgeNetwork({ bridge: 'eth1' }), true], [aBridgeNetwork({ bridge: 'br-eth1' }), false],
  ]],
  ['isGateway, isDefaultGateway and ipMasq need IPAM', 'bridge.gateway-option-without-ipam', [
    [aBridgeNetwork({ isGateway: true, ...noIpam }), true], [aBridgeNetwork({ ipMasq: true, ...noIpam }), true],
    [aBridgeNetwork({ isGateway: true }), false],
  ]],
  ['bridge + dhcp needs a DHCP server on the segment', 'bridge.dhcp-needs-server', [
    [aBridgeNetwork({ ipam: { type: 'dhcp' } }), true], [aBridgeNetwork(), false],
  ]],
  ['bridge + dhcp + isGateway puts the router address on the bridge', 'bridge.dhcp-with-is-gateway', [
    [aBridgeNetwork({ ipam: { type: 'dhcp' }, isGateway: true }), true],
    [aBridgeNetwork({ ipam: { type: 'dhcp' }, isDefaultGateway: true }), true],
    [aBridgeNetwork({ ipam: { type: 'dhcp' } }), false],
  ]],
  ['with isGateway the first address of a static subnet (the bridge\'s gateway) must not be the pod\'s own address', 'bridge.gateway-is-pod-address', [
    [aBridgeNetwork({ isDefaultGateway: true, ipam: { type: 'static', addresses: [{ address: '10.10.0.1/24' }] } }), true],
    [aBridgeNetwork({ isGateway: true, ipam: { type: 'static', addresses: [{ address: '10.10.0.1/24' }] } }), true],
    [aBridgeNetwork({ isGateway: true, ipam: { type: 'static', addresses: [{ address: '10.10.0.5/24' }, { address: '2001:db8::1/64' }] } }), true],
    [aBridgeNetwork({ isGateway: true, ipam: { type: 'static', addresses: [{ address: '10.10.0.1/31' }] } }), true],
    [aBridgeNetwork({ isGateway: true, ipam: { type: 'static', addresses: [{ address: '10.10.0.1/24', gateway: '10.10.0.254' }] } }), false],
    [aBridgeNetwork({ isGateway: true, ipam: { type: 'static', addresses: [{ address: '10.10.0.5/24' }] } }), false],
    [aBridgeNetwork({ isGateway: true, ipam: { type: 'static', addresses: [{ address: '10.10.0.1/32' }] } }), false],
    [aBridgeNetwork({ ipam: { type: 'static', addresses: [{ address: '10.10.0.1/24' }] } }), false],
  ]],
  ['a negative mtu is ignored by bridge', 'mtu.negative-ignored', [[aBridgeNetwork({ mtu: -1 }), true], [aBridgeNetwork({ mtu: 9000 }), false]]],
  ['a negative mtu is not an error on bridge', 'macvlan.mtu-negative', [[aBridgeNetwork({ mtu: -1 }), false]]],
  ['a `mode` key on a bridge is unknown (MicroShift docs example)', 'config.unknown-key', [
    [aBridgeNetwork({ extra: { mode: 'bridge' } }), true],
  ]],
  ['no IPAM means L2 only', 'ipam.none-l2-only', [[aBridgeNetwork(noIpam), true], [aBridgeNetwork(), false]]],
])('bridge: %s', (_rule, code, cases) => {
  it.each(cases.map(([network, reported], index) => [index, network, reported] as const))('case %i', (_index, network, reported) => {
    if (reported) expect(issueCodesOf(network)).toContain(code)
    else expect(issueCodesOf(network)).not.toContain(code)
  })
})

describe('a valid bridge network has no findings', () => {
  it('aBridgeNetwork()', () => {
    expect(issueCodesOf(aBridgeNetwork())).toEqual([])
  })
})
