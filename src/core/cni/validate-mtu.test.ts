import { describe, expect, it } from 'vitest'
import type { Network } from '../project/model'
import { aBridgeNetwork, aMacvlanNetwork, anIpvlanNetwork, issueCodesOf } from './network-builders'

describe.each<[string, string, [Network, boolean][]]>([
  ['the kernel accepts link MTUs from 68 to 65535 (0 keeps the default)', 'mtu.outside-kernel-range', [
    [aBridgeNetwork({ mtu: 67 }), true], [aBridgeNetwork({ mtu: 1 }), true], [aBridgeNetwork({ mtu: 65536 }), true],
    [aBridgeNetwork({ mtu: 68 }), false], [aBridgeNetwork({ mtu: 65535 }), false], [aBridgeNetwork({ mtu: 0 }), false],
    [aMacvlanNetwork({ mtu: 67 }), true], [aMacvlanNetwork({ mtu: 68 }), false], [aMacvlanNetwork({ mtu: 0 }), false],
    [aMacvlanNetwork({ master: 'eth7', mtu: 65536 }), true],
    [anIpvlanNetwork({ mtu: 67 }), true], [anIpvlanNetwork({ mtu: 68 }), false], [anIpvlanNetwork({ master: 'eth7', mtu: 70000 }), true],
  ]],
  ['a negative mtu is ignored by bridge and ipvlan (netlink sets only an MTU above 0)', 'mtu.negative-ignored', [
    [aBridgeNetwork({ mtu: -1 }), true], [anIpvlanNetwork({ mtu: -1 }), true], [aMacvlanNetwork({ mtu: -1 }), false],
  ]],
  ['macvlan refuses a negative mtu itself', 'macvlan.mtu-negative', [[aMacvlanNetwork({ mtu: -1 }), true], [aBridgeNetwork({ mtu: -1 }), false]]],
  ['an mtu above the master is reported as such, not as outside the kernel range', 'mtu.outside-kernel-range', [
    [aMacvlanNetwork({ mtu: 65536 }), false],
  ]],
])('mtu: %s', (_rule, code, cases) => {
  it.each(cases.map(([network, reported], index) => [index, network, reported] as const))('case %i', (_index, network, reported) => {
    if (reported) expect(issueCodesOf(network)).toContain(code)
    else expect(issueCodesOf(network)).not.toContain(code)
  })
})
