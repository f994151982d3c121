import { describe, expect, it } from 'vitest'
import type { Network } from '../../project/model'
import { anIpvlanNetwork, issueCodesOf } from '../network-builders'

describe.each<[string, string, [Network, boolean][]]>([
  ['mode is exactly l2, l3 or l3s', 'ipvlan.mode-unknown', [
    [anIpvlanNetwork({ mode: 'l2' }), false], [anIpvlanNetwork({ mode: 'l3' }), false], [anIpvlanNetwork({ mode: 'l3s' }), false],
    [anIpvlanNetwork({ mode: 'L2' }), true], [anIpvlanNetwork({ mode: 'l4' }), true], [anIpvlanNetwork({ mode: '' }), false],
  ]],
  ['IPAM is required', 'ipvlan.ipam-missing', [
    [anIpvlanNetwork({ ipam: undefined }), true], [anIpvlanNetwork({ ipam: { type: 'foreign', raw: { subnet: 'x' } } }), true],
    [anIpvlanNetwork(), false],
  ]],
  ['dhcp is unsupported with ipvlan on MicroShift', 'ipvlan.dhcp-unsupported', [
    [anIpvlanNetwork({ ipam: { type: 'dhcp' } }), true],
  ]],
  ['a pod MAC has no effect on ipvlan', 'capabilities.mac-ignored-by-ipvlan', [
    [anIpvlanNetwork({ capabilities: { mac: true } }), true], [anIpvlanNetwork({ capabilities: { ips: true } }), false],
  ]],
  ['master omitted falls back to the primary NIC', 'master.defaults-to-primary', [
    [anIpvlanNetwork({ master: undefined }), true], [anIpvlanNetwork({ master: undefined, linkInContainer: true }), false],
  ]],
  ['master equal to the primary NIC', 'master.is-primary-nic', [[anIpvlanNetwork({ master: 'eth0' }), true]]],
  ['master not among the known NICs', 'master.unknown-nic', [[anIpvlanNetwork({ master: 'eth7' }), true], [anIpvlanNetwork(), false]]],
  ['master is a valid interface name', 'master.invalid-name', [[anIpvlanNetwork({ master: 'a-very-long-nic-name' }), true]]],
  ['mtu above the master MTU is refused by the kernel', 'ipvlan.mtu-above-master', [
    [anIpvlanNetwork({ master: 'eth0', mtu: 9000 }), true], [anIpvlanNetwork({ mtu: 9000 }), false],
  ]],
])('ipvlan: %s', (_rule, code, cases) => {
  it.each(cases.map(([network, reported], index) => [index, network, reported] as const))('case %i', (_index, network, reported) => {
    if (reported) expect(issueCodesOf(network)).toContain(code)
    else expect(issueCodesOf(network)).not.toContain(code)
  })
})

describe('a valid ipvlan network has no findings', () => {
  it('anIpvlanNetwork()', () => {
    expect(issueCodesOf(anIpvlanNetwork())).toEqual([])
  })
})
