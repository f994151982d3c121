import { describe, expect, it } from 'vitest'
import type { DhcpIpam, Network } from '../../../project/model'
import { aMacvlanNetwork, issueCodesOf } from '../../network-builders'
import { isDhcpOption } from './validate-dhcp'

const dhcp = (fields: Partial<Omit<DhcpIpam, 'type'>> = {}, ips = false): Network =>
  aMacvlanNetwork({ ipam: { type: 'dhcp', ...fields }, ...(ips ? { capabilities: { ips: true } } : {}) })

describe('isDhcpOption accepts only the six names or a number 0-255', () => {
  it.each([
    ['subnet-mask', true], ['routers', true], ['host-name', true], ['dhcp-client-identifier', true], ['user-class', true],
    ['vendor-class-identifier', true], ['0', true], ['121', true], ['255', true], ['007', true],
    ['256', false], ['-1', false], ['+5', false], ['classless-static-routes', false], ['Routers', false], ['', false],
  ])('%s → %s', (option, ok) => {
    expect(isDhcpOption(option)).toBe(ok)
  })
})

describe.each<[string, string, [Network, boolean][]]>([
  ['request options are names the daemon knows or numbers', 'dhcp.option-unknown', [
    [dhcp({ request: [{ option: 'foo' }] }), true], [dhcp({ request: [{ option: '300' }] }), true],
    [dhcp({ request: [{ option: '121' }] }), false],
  ]],
  ['documented names the daemon rejects get their number', 'dhcp.option-name-unsupported', [
    [dhcp({ request: [{ option: 'classless-static-routes' }] }), true], [dhcp({ provide: [{ option: 'dhcp-lease-time', value: '60' }] }), true],
  ]],
  ['provide values are at most 255 bytes', 'dhcp.provide-value-too-long', [
    [dhcp({ provide: [{ option: 'host-name', value: 'x'.repeat(256) }] }), true],
    [dhcp({ provide: [{ option: 'host-name', value: 'é'.repeat(128) }] }), true],
    [dhcp({ provide: [{ option: 'host-name', value: 'x'.repeat(255) }] }), false],
  ]],
  ['a daemonSocketPath other than the daemon\'s socket cannot be dialled on MicroShift', 'dhcp.daemon-socket-path-not-served', [
    [dhcp({ daemonSocketPath: '/run/cni/other.sock' }), true], [dhcp({ daemonSocketPath: '/tmp/dhcp.sock' }), true],
    [dhcp({ daemonSocketPath: '/run/cni/dhcp.sock' }), false], [dhcp({ daemonSocketPath: '/var/run/cni/dhcp.sock' }), false],
    [dhcp({ daemonSocketPath: '' }), false], [dhcp(), false],
  ]],
  ['a daemonSocketPath equal to the daemon\'s socket is redundant', 'dhcp.daemon-socket-path-redundant', [
    [dhcp({ daemonSocketPath: '/run/cni/dhcp.sock' }), true], [dhcp({ daemonSocketPath: '/run/cni//dhcp.sock' }), true],
    [dhcp({ daemonSocketPath: '/run/cni/other.sock' }), false], [dhcp(), false],
  ]],
  ['dhcp is IPv4 only', 'dhcp.ipv4-only', [[dhcp(), true]]],
  ['requested ips are ignored by dhcp', 'dhcp.requested-ips-ignored', [[dhcp({}, true), true], [dhcp(), false]]],
])('dhcp: %s', (_rule, code, cases) => {
  it.each(cases.map(([network, reported], index) => [index, network, reported] as const))('case %i', (_index, network, reported) => {
    if (reported) expect(issueCodesOf(network)).toContain(code)
    else expect(issueCodesOf(network)).not.toContain(code)
  })
})
