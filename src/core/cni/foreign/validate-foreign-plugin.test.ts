import { describe, expect, it } from 'vitest'
import type { Issue } from '../../validation/issue'
import { aMacvlanNetwork, aNetwork, aNodeContext } from '../network-builders'
import { validateNetworkConfig } from '../validate-network-config'

const foreign = (raw: Record<string, unknown>) => aNetwork({ type: 'foreign', raw: { cniVersion: '0.3.1', ...raw } })
const chained = (plugin: Record<string, unknown>) => ({ ...aMacvlanNetwork(), conflist: { chain: [plugin] } })
const issuesWith = (code: string, network: ReturnType<typeof aNetwork>): Issue[] =>
  validateNetworkConfig(network, aNodeContext()).filter((issue) => issue.code === code)

describe('known fields of foreign plugins must have the JSON type their Go struct declares', () => {
  it.each([
    ['OVN-Kubernetes vlanID is an int', foreign({ type: 'ovn-k8s-cni-overlay', topology: 'localnet', vlanID: '1522' }), 'config.vlanID',
      { key: 'vlanID', expected: 'integer', got: 'string', goField: 'NetConf.vlanID', goType: 'int' }],
    ['OVN-Kubernetes mtu is an int, not a fraction', foreign({ type: 'ovn-k8s-cni-overlay', mtu: 1400.5 }), 'config.mtu',
      { key: 'mtu', expected: 'integer', got: 'number 1400.5', goField: 'NetConf.mtu', goType: 'int' }],
    ['OVN-Kubernetes subnets is one comma-separated string', foreign({ type: 'ovn-k8s-cni-overlay', subnets: ['10.1.0.0/24'] }), 'config.subnets',
      { key: 'subnets', expected: 'string', got: 'array', goField: 'NetConf.subnets', goType: 'string' }],
    ['keys match regardless of case, as in Go', foreign({ type: 'vlan', master: 'eth1', VLANID: '100' }), 'config.VLANID',
      { key: 'VLANID', expected: 'integer', got: 'string', goField: 'NetConf.vlanId', goType: 'int' }],
    ['sriov spoofchk is "on"/"off", not a bool', foreign({ type: 'sriov', spoofchk: true }), 'config.spoofchk',
      { key: 'spoofchk', expected: 'string', got: 'bool', goField: 'NetConf.spoofchk', goType: 'string' }],
    ['chained tuning promisc is a bool', chained({ type: 'tuning', promisc: 'true' }), 'conflist.chain.0.promisc',
      { key: 'promisc', expected: 'boolean', got: 'string', goField: 'TuningConf.promisc', goType: 'bool' }],
    ['chained tuning sysctl is an object', chained({ type: 'tuning', sysctl: ['net.core.somaxconn=500'] }), 'conflist.chain.0.sysctl',
      { key: 'sysctl', expected: 'object', got: 'array', goField: 'TuningConf.sysctl', goType: 'map[string]string' }],
    ['chained tuning sysctl values are strings', chained({ type: 'tuning', sysctl: { 'net.core.somaxconn': 500 } }), 'conflist.chain.0.sysctl.net.core.somaxconn',
      { key: 'net.core.somaxconn', expected: 'string', got: 'number', goField: 'TuningConf.sysctl', goType: 'string' }],
  ])('%s', (_, network, field, params) => {
    expect(issuesWith('config.wrong-json-type', network)).toEqual([expect.objectContaining({ severity: 'error', field, params })])
  })

  it.each([
    ['well-typed OVN-Kubernetes localnet', foreign({ type: 'ovn-k8s-cni-overlay', topology: 'localnet', vlanID: 1522, mtu: 1500, subnets: '10.10.1.0/24' })],
    ['a null field, which Go leaves unset', foreign({ type: 'vlan', master: 'eth1', vlanId: null })],
    ['unknown fields of a known plugin', foreign({ type: 'vlan', master: 'eth1', vlanId: 100, colour: 7 })],
    ['any field of a plugin without a table', foreign({ type: 'host-device', device: 7 })],
    ['well-typed chained tuning', chained({ type: 'tuning', mtu: 1400, allmulti: false, sysctl: { 'net.core.somaxconn': '500' } })],
  ])('nothing for %s', (_, network) => {
    expect(issuesWith('config.wrong-json-type', network)).toEqual([])
  })
})

describe('tuning sysctls name the attachment as IFNAME, not as a fixed interface', () => {
  it.each([
    ['net.ipv6.conf.net1.accept_ra', 'net1', 'net.ipv6.conf.IFNAME.accept_ra'],
    ['net.ipv4.conf.net1.arp_filter', 'net1', 'net.ipv4.conf.IFNAME.arp_filter'],
    ['net.ipv4.neigh.eth1.gc_stale_time', 'eth1', 'net.ipv4.neigh.IFNAME.gc_stale_time'],
    ['net.ipv6.neigh.data0.retrans_time_ms', 'data0', 'net.ipv6.neigh.IFNAME.retrans_time_ms'],
    ['net.ipv4.conf.conf.rp_filter', 'conf', 'net.ipv4.conf.IFNAME.rp_filter'],
    ['net/ipv4/conf/eth0.20/rp_filter', 'eth0.20', 'net/ipv4/conf/IFNAME/rp_filter'],
  ])('%s hard-codes %s', (key, ifname, fixed) => {
    expect(issuesWith('tuning.sysctl-hard-codes-interface', chained({ type: 'tuning', sysctl: { [key]: '1' } }))).toEqual([
      expect.objectContaining({ severity: 'warning', field: `conflist.chain.0.sysctl.${key}`, params: { key, interface: ifname, fixed } }),
    ])
  })

  it.each([
    'net.ipv4.conf.IFNAME.arp_filter',
    'net/ipv4/conf/IFNAME/arp_filter',
    'net.ipv6.conf.all.forwarding',
    'net.ipv6.conf.default.accept_ra',
    'net.ipv4.conf.lo.rp_filter',
    'net.core.somaxconn',
    'net.ipv4.ip_forward',
  ])('%s is fine', (key) => {
    expect(issuesWith('tuning.sysctl-hard-codes-interface', chained({ type: 'tuning', sysctl: { [key]: '1' } }))).toEqual([])
  })

  it('only for tuning', () => {
    expect(issuesWith('tuning.sysctl-hard-codes-interface', chained({ type: 'sbr', sysctl: { 'net.ipv4.conf.net1.rp_filter': '1' } }))).toEqual([])
  })
})
