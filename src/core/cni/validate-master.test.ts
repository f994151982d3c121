import { describe, expect, it } from 'vitest'
import type { Network } from '../project/model'
import { aMacvlanNetwork, aNodeContext, anIpvlanNetwork, issueCodesOf } from './network-builders'
import { validateNetworkConfig } from './validate-network-config'

const noPrimary = aNodeContext([{ name: 'eth1', mtu: 9000, primary: false }, { name: 'eth2', mtu: 1500, primary: false }])
const unknownNode = aNodeContext([])

describe.each<[string, string, [Network, boolean, ReturnType<typeof aNodeContext>?][]]>([
  ['a master outside the declared NICs is not found on the node', 'master.unknown-nic', [
    [aMacvlanNetwork({ master: 'eth99' }), true], [anIpvlanNetwork({ master: 'eth99' }), true],
    [aMacvlanNetwork({ master: 'eth1' }), false], [aMacvlanNetwork({ master: 'eth99' }), false, unknownNode],
  ]],
  ['an omitted master needs a NIC with the default route', 'master.no-default-route-nic', [
    [aMacvlanNetwork({ master: undefined }), true, noPrimary], [anIpvlanNetwork({ master: undefined }), true, noPrimary],
    [aMacvlanNetwork({ master: '' }), true, noPrimary],
    [aMacvlanNetwork({ master: undefined }), false], [aMacvlanNetwork({ master: undefined }), false, unknownNode],
    [aMacvlanNetwork({ master: 'eth1' }), false, noPrimary],
    [anIpvlanNetwork({ master: undefined, linkInContainer: true }), false, noPrimary],
  ]],
  ['an empty master is omitted: the default-route NIC', 'master.defaults-to-primary', [
    [aMacvlanNetwork({ master: '' }), true], [anIpvlanNetwork({ master: '' }), true], [aMacvlanNetwork({ master: '' }), true, unknownNode],
  ]],
  ['an empty master is not an invalid name', 'master.invalid-name', [
    [aMacvlanNetwork({ master: '' }), false], [aMacvlanNetwork({ master: 'eth/1' }), true],
    [aMacvlanNetwork({ master: 'éééééééé' }), true], [aMacvlanNetwork({ master: 'ééééééé' }), false, unknownNode],
  ]],
])('master: %s', (_rule, code, cases) => {
  it.each(cases.map(([network, reported, context], index) => [index, network, reported, context] as const))('case %i', (_index, network, reported, context) => {
    const codes = issueCodesOf(network, context)
    if (reported) expect(codes).toContain(code)
    else expect(codes).not.toContain(code)
  })
})

describe('master.unknown-nic names the declared NICs', () => {
  it('lists them in the params', () => {
    const issue = validateNetworkConfig(aMacvlanNetwork({ master: 'eth99' }), aNodeContext()).find((found) => found.code === 'master.unknown-nic')
    expect(issue?.params).toEqual({ master: 'eth99', nics: 'eth0, eth1' })
    expect(issue?.severity).toBe('error')
  })
})
