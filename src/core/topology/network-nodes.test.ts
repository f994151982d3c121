import { describe, expect, it } from 'vitest'
import type { Network } from '../project/model'
import { aBridgeNetwork, aMacvlanNetwork, anIpvlanNetwork, aProject, dhcp, hostLocal, staticIpam } from '../validation/test-builders'
import { buildTopology } from './build-topology'
import type { NetworkNode } from './topology-graph'

function networkNode(network: Network): NetworkNode {
  const node = buildTopology(aProject([network]), []).nodes.find((candidate): candidate is NetworkNode => candidate.kind === 'network')
  if (!node) throw new Error('no network node')
  return node
}

describe('each NAD is a network node', () => {
  it('carries the name, namespace and id of the NAD', () => {
    expect(networkNode(aMacvlanNetwork({}, { name: 'lan', namespace: 'apps', id: 'n1' }))).toMatchObject({
      id: 'network:n1', networkId: 'n1', name: 'lan', namespace: 'apps', plugin: 'macvlan',
    })
  })

  it.each<[string, Network, string | undefined]>([
    ['macvlan mode defaults to bridge', aMacvlanNetwork(), 'bridge'],
    ['an empty macvlan mode reads as bridge', aMacvlanNetwork({ mode: '' }), 'bridge'],
    ['macvlan mode as written', aMacvlanNetwork({ mode: 'vepa' }), 'vepa'],
    ['ipvlan mode defaults to l2', anIpvlanNetwork(), 'l2'],
    ['ipvlan mode as written', anIpvlanNetwork({ mode: 'l3s' }), 'l3s'],
    ['a bridge has no mode', aBridgeNetwork(), undefined],
  ])('%s', (_rule, network, mode) => {
    expect(networkNode(network).mode).toBe(mode)
  })

  it.each<[string, Network, number | undefined]>([
    ['a bridge VLAN shows', aBridgeNetwork({ vlan: 42 }), 42],
    ['vlan 0 means untagged', aBridgeNetwork({ vlan: 0 }), undefined],
  ])('%s', (_rule, network, vlan) => {
    expect(networkNode(network).vlan).toBe(vlan)
  })

  it.each<[string, Network, NetworkNode['ipam']]>([
    ['no IPAM shows as none', aBridgeNetwork(), { type: 'none', pools: [] }],
    ['host-local shows its whole subnets', aBridgeNetwork({ ipam: hostLocal('10.1.0.0/24', { ranges: [[{ subnet: 'fd00::/64' }]] }) }),
      { type: 'host-local', pools: ['10.1.0.0/24', 'fd00::/64'] }],
    ['host-local shows a narrowed range as start-end, defaults filled in', aBridgeNetwork({ ipam: hostLocal('10.1.0.0/24', { rangeStart: '10.1.0.10' }) }),
      { type: 'host-local', pools: ['10.1.0.10-10.1.0.254'] }],
    ['a range host-local rejects shows as written', aBridgeNetwork({ ipam: hostLocal('10.1.0.0/24', { rangeStart: '10.2.0.1' }) }),
      { type: 'host-local', pools: ['10.1.0.0/24'] }],
    ['static shows its addresses', aMacvlanNetwork({ ipam: staticIpam('192.168.1.5/24', 'fd00::5/64') }),
      { type: 'static', pools: ['192.168.1.5/24', 'fd00::5/64'] }],
    ['dhcp has no pool of its own', aMacvlanNetwork({ ipam: dhcp() }), { type: 'dhcp', pools: [] }],
    ['a foreign IPAM shows its type', aMacvlanNetwork({ ipam: { type: 'foreign', raw: { type: 'whereabouts', range: '10.0.0.0/8' } } }),
      { type: 'whereabouts', pools: [] }],
  ])('%s', (_rule, network, ipam) => {
    expect(networkNode(network).ipam).toEqual(ipam)
  })

  it.each<[string, Network, string, string]>([
    ['a foreign plugin shows its type and IPAM type', { id: 'hd', name: 'hd', namespace: 'default', config: { type: 'foreign', raw: { type: 'host-device', ipam: { type: 'static' } } } }, 'host-device', 'static'],
    ['a foreign plugin without a type shows ?', { id: 'x', name: 'x', namespace: 'default', config: { type: 'foreign', raw: { ipam: 'nonsense' } } }, '?', 'none'],
    ['a NAD without spec.config shows ?', { id: 'nc', name: 'nc', namespace: 'default' }, '?', 'none'],
  ])('%s', (_rule, network, plugin, ipamType) => {
    const graph = buildTopology(aProject([network]), [])
    expect(graph.nodes.find((node) => node.kind === 'network')).toMatchObject({ plugin, ipam: { type: ipamType }, hostReachable: false })
    expect(graph.edges.filter((edge) => edge.kind === 'uplink')).toEqual([])
  })

  it.each<[string, Network[], boolean]>([
    ['pods on a bridge the host has an address on reach the host', [aBridgeNetwork({ isGateway: true, ipam: hostLocal('10.1.1.0/24') })], true],
    ['pods on a bridge without a host address do not', [aBridgeNetwork({ ipam: hostLocal('10.1.1.0/24') })], false],
    ['pods on a bridge another NAD gives a host address do', [aBridgeNetwork(), aBridgeNetwork({ isGateway: true, ipam: hostLocal('10.1.1.0/24') })], true],
    ['pods on a VLAN whose sub-interface has a host address do', [aBridgeNetwork({ vlan: 7 }), aBridgeNetwork({ vlan: 7, isGateway: true, ipam: hostLocal('10.1.1.0/24') })], true],
    ['pods on another VLAN than the host address do not', [aBridgeNetwork({ vlan: 8 }), aBridgeNetwork({ vlan: 7, isGateway: true, ipam: hostLocal('10.1.1.0/24') })], false],
    ['untagged pods do not reach an address on a VLAN sub-interface', [aBridgeNetwork(), aBridgeNetwork({ vlan: 7, isGateway: true, ipam: hostLocal('10.1.1.0/24') })], false],
    ['pods on macvlan do not reach the host', [aMacvlanNetwork({ master: 'eth1' })], false],
    ['pods on ipvlan do not reach the host', [anIpvlanNetwork({ master: 'eth1' })], false],
  ])('%s', (_rule, networks, reachable) => {
    const first = buildTopology(aProject(networks), []).nodes.find((node) => node.kind === 'network')
    expect(first).toMatchObject({ hostReachable: reachable })
  })
})
