import { describe, expect, it } from 'vitest'
import type { Network } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aProject, hostLocal, staticIpam } from './test-builders'
import { validateSharedBridges } from './validate-shared-bridges'

const gwA = (extra = {}) => aBridgeNetwork({ bridge: 'br0', isGateway: true, ipam: hostLocal('10.1.1.0/24'), ...extra }, { name: 'a' })
const gwB = (extra = {}) => aBridgeNetwork({ bridge: 'br0', isGateway: true, ipam: hostLocal('10.2.2.0/24'), ...extra }, { name: 'b' })

function findings(...networks: Network[]) {
  return validateSharedBridges(buildProjectIndex(aProject(networks)))
    .map((issue) => [issue.code, issue.target.kind === 'network' ? issue.target.id : '', issue.field])
}

describe('R-BRIDGE-SHARED: NADs sharing a bridge agree on its gateway address and creation settings', () => {
  it.each<[string, Network[]]>([
    ['two gateway NADs on different bridges', [gwA(), gwB({ bridge: 'br1' })]],
    ['two gateway NADs with the same subnet on one bridge', [gwA(), aBridgeNetwork({ bridge: 'br0', isGateway: true, ipam: hostLocal('10.1.1.0/24') }, { name: 'a2' })]],
    ['one gateway NAD and one L2 NAD on one bridge', [gwA(), aBridgeNetwork({ bridge: 'br0' }, { name: 'l2' })]],
    ['IPv6 gateways with separate prefixes on one bridge', [
      aBridgeNetwork({ bridge: 'br6', isGateway: true, ipam: hostLocal('fd00:1::/64') }, { name: 'v6a' }),
      aBridgeNetwork({ bridge: 'br6', isGateway: true, ipam: hostLocal('fd00:2::/64') }, { name: 'v6b' }),
    ]],
    ['different non-zero vlans on one bridge (vlan filtering either way)', [gwA({ vlan: 10 }), gwA({ vlan: 20, isGateway: false })]],
    ['gateway NADs with different subnets on different VLANs (addresses go on br0.10 and br0.20)', [gwA({ vlan: 10 }), gwB({ vlan: 20 })]],
    ['a vlan NAD next to a vlanTrunk NAD (both filter)', [gwA({ vlan: 10 }), gwA({ vlanTrunk: [{ id: 30 }], isGateway: false })]],
  ])('accepts %s', (_, networks) => {
    expect(findings(...networks)).toEqual([])
  })

  it.each<[string, Network[], [string, string, string][]]>([
    ['two gateway NADs with different subnets on one bridge', [gwA(), gwB()],
      [['bridge.gateway-address-conflict', 'default/b', 'config.isGateway']]],
    ['two gateway NADs that both leave the bridge name out (cni0)', [
      aBridgeNetwork({ isGateway: true, ipam: hostLocal('10.1.1.0/24') }, { name: 'x' }),
      aBridgeNetwork({ isDefaultGateway: true, ipam: staticIpam('10.3.3.5/24') }, { name: 'y' }),
    ], [['bridge.gateway-address-conflict', 'default/y', 'config.isGateway']]],
    ['IPv6 gateways from overlapping prefixes on one bridge', [
      aBridgeNetwork({ bridge: 'br6', isGateway: true, ipam: hostLocal('fd00::/48') }, { name: 'v6a' }),
      aBridgeNetwork({ bridge: 'br6', isGateway: true, ipam: hostLocal('fd00:0:0:1::/64') }, { name: 'v6b' }),
    ], [['bridge.gateway-address-conflict', 'default/v6b', 'config.isGateway']]],
    ['forceAddress on the second NAD', [gwA(), gwB({ forceAddress: true })],
      [['bridge.force-address-takes-over', 'default/b', 'config.isGateway']]],
    ['a different mtu on a shared bridge', [gwA(), gwA({ mtu: 9000, isGateway: false })],
      [['bridge.created-settings-differ', 'default/a', 'config.mtu']]],
    ['a vlan NAD next to one without vlan', [gwA(), gwA({ vlan: 20, isGateway: false })],
      [['bridge.created-settings-differ', 'default/a', 'config.vlan']]],
    ['a vlanTrunk NAD next to one without VLANs', [gwA(), gwA({ vlanTrunk: [], isGateway: false })],
      [['bridge.created-settings-differ', 'default/a', 'config.vlanTrunk']]],
    ['promiscMode on only one NAD', [gwA(), gwA({ promiscMode: true, isGateway: false })],
      [['bridge.promisc-mode-differs', 'default/a', 'config.promiscMode']]],
  ])('flags %s', (_, networks, expected) => {
    expect(findings(...networks)).toEqual(expected)
  })
})
