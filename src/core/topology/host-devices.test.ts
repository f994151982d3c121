import { describe, expect, it } from 'vitest'
import type { HostNic, Network } from '../project/model'
import { aBridgeNetwork, aMacvlanNetwork, anIpvlanNetwork, aProject, hostLocal, staticIpam } from '../validation/test-builders'
import { DEFAULT_ROUTE_NIC } from '../validation/project-index'
import { buildTopology } from './build-topology'
import { topologyEdgeIds, topologyIds, type BridgeNode, type NicNode } from './topology-graph'

const eth0: HostNic = { name: 'eth0', mtu: 1500, primary: true }
const eth1: HostNic = { name: 'eth1', mtu: 9000, primary: false }

function nicsOf(networks: Network[], hostNics: HostNic[] = []): NicNode[] {
  return buildTopology(aProject(networks, [], hostNics), []).nodes.filter((node): node is NicNode => node.kind === 'nic')
}

function bridgeOf(...networks: Network[]): BridgeNode {
  const bridge = buildTopology(aProject(networks), []).nodes.find((node): node is BridgeNode => node.kind === 'bridge')
  if (!bridge) throw new Error('no bridge node')
  return bridge
}

describe('the host holds the NICs', () => {
  it('lists the declared NICs first, with their MTU, then each other master a NAD names, in NAD order', () => {
    const nics = nicsOf([aMacvlanNetwork({ master: 'eth3' }), anIpvlanNetwork({ master: 'eth1' }), aMacvlanNetwork({ master: 'eth2' })], [eth0, eth1])
    expect(nics.map((nic) => [nic.name, nic.mtu, nic.listed, nic.parentId])).toEqual([
      ['eth0', 1500, true, 'host'], ['eth1', 9000, true, 'host'], ['eth3', undefined, false, 'host'], ['eth2', undefined, false, 'host'],
    ])
  })

  it('draws a NIC named twice under Node NICs once', () => {
    expect(nicsOf([], [eth1, { ...eth1, mtu: 1400 }, eth0]).map((nic) => nic.name)).toEqual(['eth1', 'eth0'])
  })

  it.each<[string, HostNic[], string]>([
    ['an empty master sits on the primary NIC', [eth1, eth0], 'nic:eth0'],
    ['an empty master without a primary NIC sits on the implicit default-route NIC', [eth1], topologyIds.nic(DEFAULT_ROUTE_NIC)],
    ['an empty master without declared NICs sits on the implicit default-route NIC', [], topologyIds.nic(DEFAULT_ROUTE_NIC)],
  ])('%s', (_rule, hostNics, target) => {
    const network = aMacvlanNetwork({ master: '' }, { id: 'mv' })
    const graph = buildTopology(aProject([network], [], hostNics), [])
    expect(graph.edges.find((edge) => edge.id === topologyEdgeIds.uplink('mv'))?.target).toBe(target)
  })

  it('marks the implicit NIC as the default-route one and puts br-ex on it when no NIC is primary', () => {
    const graph = buildTopology(aProject([], [], [eth1]), [])
    const implicit = graph.nodes.find((node) => node.id === topologyIds.nic(DEFAULT_ROUTE_NIC))
    expect(implicit).toMatchObject({ primary: true, listed: false, implicitDefaultRoute: true })
    expect(graph.edges.find((edge) => edge.kind === 'br-ex')).toMatchObject({ source: 'cluster-network', target: implicit?.id })
  })

  it('puts br-ex on the first NIC marked primary, and only that one is primary', () => {
    const graph = buildTopology(aProject([], [], [eth1, { ...eth0, name: 'eth5' }, eth0]), [])
    expect(graph.edges.find((edge) => edge.kind === 'br-ex')?.target).toBe('nic:eth5')
    expect(graph.nodes.filter((node) => node.kind === 'nic' && node.primary).map((node) => node.id)).toEqual(['nic:eth5'])
  })

  it('gives a macvlan with linkInContainer no uplink (its master is inside the pod)', () => {
    const graph = buildTopology(aProject([aMacvlanNetwork({ master: 'eth1', linkInContainer: true }, { id: 'in-pod' })]), [])
    expect(graph.edges.filter((edge) => edge.kind === 'uplink')).toEqual([])
    expect(graph.nodes.some((node) => node.id === 'nic:eth1')).toBe(false)
  })

  it('puts a macvlan whose master is a bridge of the design on that bridge, unless a declared NIC has the name', () => {
    const networks = [aMacvlanNetwork({ master: 'br1' }, { id: 'mv' }), aBridgeNetwork({ bridge: 'br1' }, { id: 'br' })]
    const onBridge = buildTopology(aProject(networks), [])
    expect(onBridge.edges.find((edge) => edge.id === topologyEdgeIds.uplink('mv'))?.target).toBe('bridge:br1')
    expect(onBridge.nodes.some((node) => node.id === 'nic:br1')).toBe(false)
    const declared = buildTopology(aProject(networks, [], [{ name: 'br1', mtu: 1500, primary: false }]), [])
    expect(declared.edges.find((edge) => edge.id === topologyEdgeIds.uplink('mv'))?.target).toBe('nic:br1')
  })

  it('follows the master of a foreign plugin', () => {
    const foreign: Network = { id: 'vl', name: 'vl', namespace: 'default', config: { type: 'foreign', raw: { type: 'vlan', master: 'eth4', vlanId: 5 } } }
    const graph = buildTopology(aProject([foreign]), [])
    expect(graph.edges.find((edge) => edge.kind === 'uplink')).toMatchObject({ source: 'network:vl', target: 'nic:eth4' })
  })
})

describe('the host holds the bridges bridge NADs create', () => {
  it('creates cni0 when `bridge` is left out, and one bridge per name', () => {
    const graph = buildTopology(aProject([aBridgeNetwork(), aBridgeNetwork({ bridge: 'br1' }), aBridgeNetwork({ bridge: 'cni0' })]), [])
    expect(graph.nodes.filter((node) => node.kind === 'bridge').map((node) => [node.id, node.parentId])).toEqual([['bridge:cni0', 'host'], ['bridge:br1', 'host']])
  })

  it('collects the VLAN ids in NAD order without repeats, and the trunk', () => {
    const bridge = bridgeOf(aBridgeNetwork({ vlan: 20 }), aBridgeNetwork({ vlan: 0 }), aBridgeNetwork({ vlan: 10 }), aBridgeNetwork({ vlan: 20 }))
    expect([bridge.vlans, bridge.trunk]).toEqual([[20, 10], false])
    expect(bridgeOf(aBridgeNetwork({ vlanTrunk: [{ minID: 100, maxID: 200 }] })).trunk).toBe(true)
  })

  it.each<[string, Network[], Partial<BridgeNode>]>([
    ['without isGateway the host has no address on the bridge', [aBridgeNetwork({ ipam: hostLocal('10.1.1.0/24') })],
      { isGateway: false, hostReachable: false, gatewayAddresses: [] }],
    ['isGateway puts the range gateway (network+1 by default) on the bridge', [aBridgeNetwork({ isGateway: true, ipam: hostLocal('10.1.1.0/24') })],
      { isGateway: true, hostReachable: true, gatewayAddresses: ['10.1.1.1/24'] }],
    ['isGateway puts the written gateway on the bridge', [aBridgeNetwork({ isGateway: true, ipam: hostLocal('10.1.1.0/24', { gateway: '10.1.1.254' }) })],
      { gatewayAddresses: ['10.1.1.254/24'] }],
    ['isDefaultGateway implies isGateway', [aBridgeNetwork({ isDefaultGateway: true, ipam: staticIpam('192.168.5.5/24') })],
      { isGateway: true, hostReachable: true, gatewayAddresses: ['192.168.5.1/24'] }],
    ['NADs sharing the bridge add their gateways once each', [
      aBridgeNetwork({ isGateway: true, ipMasq: true, ipam: hostLocal('10.1.1.0/24') }),
      aBridgeNetwork({ isGateway: true, ipam: hostLocal('10.1.1.0/24') }),
      aBridgeNetwork({ isGateway: true, ipam: hostLocal('fd00:1::/64') }),
    ], { ipMasq: true, gatewayAddresses: ['10.1.1.1/24', 'fd00:1::1/64'] }],
  ])('%s', (_rule, networks, expected) => {
    expect(bridgeOf(...networks)).toMatchObject(expected)
  })

  it('keeps the mtu of the NAD that creates the bridge (the first)', () => {
    expect(bridgeOf(aBridgeNetwork({ mtu: 9000 }), aBridgeNetwork({ mtu: 1400 })).mtu).toBe(9000)
    expect(bridgeOf(aBridgeNetwork(), aBridgeNetwork({ mtu: 1400 })).mtu).toBeUndefined()
  })
})
