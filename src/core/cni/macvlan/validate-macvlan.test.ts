import { describe, expect, it } from 'vitest'
import type { Network } from '../../project/model'
import { aMacvlanNetwork, aNodeContext, issueCodesOf } from '../network-builders'

describe.each<[string, string, [Network, boolean][]]>([
  ['mode is exactly bridge, private, vepa or passthru', 'macvlan.mode-unknown', [
    [aMacvlanNetwork({ mode: 'bridge' }), false], [aMacvlanNetwork({ mode: 'passthru' }), false],
    [aMacvlanNetwork({ mode: '' }), false], [aMacvlanNetwork({ mode: 'Bridge' }), true], [aMacvlanNetwork({ mode: 'trunk' }), true],
  ]],
  ['mtu must be within [0, master MTU]', 'macvlan.mtu-above-master', [
    [aMacvlanNetwork({ mtu: 9000 }), false], [aMacvlanNetwork({ mtu: 9001 }), true],
    [aMacvlanNetwork({ master: 'eth0', mtu: 1500 }), false], [aMacvlanNetwork({ master: 'eth0', mtu: 9000 }), true],
    [aMacvlanNetwork({ master: undefined, mtu: 9000 }), true], [aMacvlanNetwork({ mtu: 0 }), false],
  ]],
  ['mtu must not be negative', 'macvlan.mtu-negative', [[aMacvlanNetwork({ mtu: -1 }), true]]],
  ['mac must parse as Go net.ParseMAC does', 'macvlan.mac-invalid', [
    [aMacvlanNetwork({ mac: 'zz:00:00:00:00:01' }), true], [aMacvlanNetwork({ mac: '02:00:00:00:00' }), true],
    [aMacvlanNetwork({ mac: '02-00-00-00-00-01' }), false], [aMacvlanNetwork({ mac: '0200.0000.0001' }), false],
  ]],
  ['mac must not be multicast', 'macvlan.mac-multicast', [[aMacvlanNetwork({ mac: '01:00:5e:00:00:01' }), true]]],
  ['a fixed mac gives every pod the same MAC', 'macvlan.fixed-mac', [[aMacvlanNetwork({ mac: '02:00:00:00:00:01' }), true]]],
  ['master omitted falls back to the primary NIC', 'master.defaults-to-primary', [[aMacvlanNetwork({ master: undefined }), true]]],
  ['master equal to the primary NIC', 'master.is-primary-nic', [[aMacvlanNetwork({ master: 'eth0' }), true]]],
  ['master not among the known NICs', 'master.unknown-nic', [[aMacvlanNetwork({ master: 'eth9' }), true]]],
  ['no IPAM means L2 only', 'ipam.none-l2-only', [[aMacvlanNetwork({ ipam: undefined }), true]]],
])('macvlan: %s', (_rule, code, cases) => {
  it.each(cases.map(([network, reported], index) => [index, network, reported] as const))('case %i', (_index, network, reported) => {
    if (reported) expect(issueCodesOf(network)).toContain(code)
    else expect(issueCodesOf(network)).not.toContain(code)
  })
})

describe('without known host NICs the master checks stay quiet', () => {
  it('does not flag an unknown master or MTU', () => {
    const codes = issueCodesOf(aMacvlanNetwork({ master: 'eth9', mtu: 9000 }), aNodeContext([]))
    expect(codes).toEqual([])
  })
})

describe('a valid macvlan network has no findings', () => {
  it('aMacvlanNetwork()', () => {
    expect(issueCodesOf(aMacvlanNetwork())).toEqual([])
  })
})
