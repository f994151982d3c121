import { aBridge, oneConfig } from './case-builders'
import type { ConformanceCase } from './conformance-case'

const NO_VLAN_FILTERING = 'this kernel has no bridge VLAN filtering (CONFIG_BRIDGE_VLAN_FILTERING unset)'
const trunk = (vlanTrunk: unknown[], fields: Record<string, unknown> = {}) => aBridge({ ipam: {}, vlanTrunk, ...fields })

/** bridge: reference 1.1 and vectors 5.1 #1–#26. */
export const BRIDGE_CASES: ConformanceCase[] = [
  oneConfig('bridge-host-local', 'bridge', 'a bridge with host-local', aBridge(), 'accept', { ref: '5.1#1' }),
  oneConfig('bridge-l2-only', 'bridge', 'a bridge without ipam (L2 only)', { cniVersion: '0.4.0', name: 'br2', type: 'bridge', bridge: 'br-l2' }, 'accept', { ref: '5.1#2' }),
  oneConfig('bridge-empty-ipam', 'bridge', 'a bridge with "ipam": {}', aBridge({ ipam: {} }), 'accept'),
  oneConfig('bridge-default-name', 'bridge', 'no bridge name: cni0', { cniVersion: '0.4.0', name: 'brd', type: 'bridge', ipam: { type: 'host-local', subnet: '10.10.0.0/24' } }, 'accept'),
  oneConfig('bridge-vlan-4095', 'bridge', 'VLAN 4095 is out of range', aBridge({ vlan: 4095, ipam: {} }), 'reject', { ref: '5.1#3', message: 'invalid VLAN ID 4095' }),
  oneConfig('bridge-vlan-5000', 'bridge', 'VLAN 5000 is out of range', aBridge({ vlan: 5000 }), 'reject', { ref: 'toolchain b11', message: 'invalid VLAN ID 5000' }),
  oneConfig('bridge-vlan-negative', 'bridge', 'VLAN -1 is out of range', aBridge({ vlan: -1, ipam: {} }), 'reject', { ref: '5.1#4', message: 'invalid VLAN ID -1' }),
  oneConfig('bridge-vlan-string', 'bridge', 'VLAN as a string', aBridge({ vlan: '2', ipam: {} }), 'reject', { ref: '5.1#5', message: 'cannot unmarshal string' }),
  oneConfig('bridge-vlan-0', 'bridge', 'VLAN 0 means none', aBridge({ vlan: 0 }), 'accept'),
  oneConfig('bridge-vlan-100', 'bridge', 'VLAN 100 needs VLAN filtering', aBridge({ vlan: 100 }), 'undecidable', { undecidableReason: NO_VLAN_FILTERING }),
  oneConfig('bridge-vlan-4094', 'bridge', 'VLAN 4094 is the highest', aBridge({ vlan: 4094 }), 'undecidable', { undecidableReason: NO_VLAN_FILTERING }),
  oneConfig('bridge-mtu-string', 'bridge', 'mtu as a string', aBridge({ mtu: '1500', ipam: {} }), 'reject', { ref: '5.1#6', message: 'cannot unmarshal string' }),
  oneConfig('bridge-mtu-1400', 'bridge', 'a bridge mtu below the default', aBridge({ mtu: 1400 }), 'accept'),
  oneConfig('bridge-mtu-9000', 'bridge', 'bridge mtu is not checked against any NIC', aBridge({ mtu: 9000 }), 'accept'),
  oneConfig('bridge-hairpin-promisc', 'bridge', 'hairpinMode and promiscMode together', aBridge({ hairpinMode: true, promiscMode: true, ipam: {} }), 'reject',
    { ref: '5.1#8', message: 'cannot set hairpin mode and promiscuous mode at the same time' }),
  oneConfig('bridge-hairpin', 'bridge', 'hairpinMode alone', aBridge({ hairpinMode: true }), 'accept'),
  oneConfig('bridge-promisc', 'bridge', 'promiscMode alone', aBridge({ promiscMode: true }), 'accept'),
  oneConfig('bridge-is-default-gateway', 'bridge', 'isDefaultGateway implies isGateway and takes the default route', aBridge({ bridge: 'br-gw', isDefaultGateway: true }), 'accept', { ref: '5.1#9' }),
  oneConfig('bridge-is-gateway', 'bridge', 'isGateway puts the gateway on the bridge', aBridge({ isGateway: true }), 'accept'),
  oneConfig('bridge-is-gateway-lower-case', 'bridge', '"isgateway" matches isGateway', aBridge({ bridge: 'br-k', isgateway: true, ipam: { type: 'host-local', subnet: '10.77.0.0/24' } }), 'accept', { ref: '5.1#10' }),
  oneConfig('bridge-is-gateway-typo', 'bridge', '"is_gateway" is ignored', aBridge({ is_gateway: true, ipam: { type: 'host-local', subnet: '10.78.0.0/24' } }), 'accept', { ref: '5.1#11' }),
  oneConfig('bridge-ip-masq', 'bridge', 'ipMasq with isGateway', aBridge({ isGateway: true, ipMasq: true }), 'accept'),
  oneConfig('bridge-force-address', 'bridge', 'forceAddress alone', aBridge({ isGateway: true, forceAddress: true }), 'accept'),
  oneConfig('bridge-macspoofchk', 'bridge', 'macspoofchk (nftables)', aBridge({ macspoofchk: true }), 'accept'),
  oneConfig('bridge-enabledad', 'bridge', 'enabledad with IPv6', aBridge({ enabledad: true, ipam: { type: 'host-local', subnet: 'fd00:10::/64' } }), 'accept'),
  oneConfig('bridge-static-dual-stack', 'bridge', 'bridge with static dual-stack addresses', aBridge({ isGateway: false, mtu: 1500, ipam: {
    type: 'static', addresses: [{ address: '203.0.113.5/24', gateway: '203.0.113.1' }, { address: '2001:db8:1::5/64' }], routes: [{ dst: '0.0.0.0/0', gw: '203.0.113.1' }] } }), 'accept'),
  oneConfig('bridge-vlan-trunk-id-4095', 'bridge', 'a trunk id of 4095', trunk([{ id: 4095 }]), 'accept', { ref: '5.1#12',
    versionSpecific: { debian: 'accept', microshift: 'reject', note: '1.1.1 ignores vlanTrunk; 4.17: incorrect trunk id parameter' } }),
  oneConfig('bridge-vlan-trunk-min-only', 'bridge', 'a trunk minID without maxID', trunk([{ minID: 200 }]), 'accept', { ref: '5.1#13',
    versionSpecific: { debian: 'accept', microshift: 'reject', note: '4.17: minID and maxID should be configured simultaneously, maxID is missing' } }),
  oneConfig('bridge-vlan-trunk-max-only', 'bridge', 'a trunk maxID without minID', trunk([{ maxID: 200 }]), 'accept', {
    versionSpecific: { debian: 'accept', microshift: 'reject', note: '4.17: minID and maxID should be configured simultaneously, minID is missing' } }),
  oneConfig('bridge-vlan-trunk-min-above-max', 'bridge', 'a trunk with minID > maxID', trunk([{ minID: 300, maxID: 200 }]), 'accept', { ref: '5.1#14',
    versionSpecific: { debian: 'accept', microshift: 'reject', note: '4.17: minID is greater than maxID in trunk parameter' } }),
  oneConfig('bridge-vlan-trunk-min-0', 'bridge', 'a trunk minID of 0', trunk([{ minID: 0, maxID: 10 }]), 'accept', { ref: '5.1#15',
    versionSpecific: { debian: 'accept', microshift: 'reject', note: '4.17: incorrect trunk minID parameter' } }),
  oneConfig('bridge-vlan-trunk-max-4095', 'bridge', 'a trunk maxID of 4095', trunk([{ minID: 10, maxID: 4095 }]), 'accept', {
    versionSpecific: { debian: 'accept', microshift: 'reject', note: '4.17: incorrect trunk maxID parameter' } }),
  oneConfig('bridge-vlan-trunk-id-0', 'bridge', 'a trunk id of 0', trunk([{ id: 0 }]), 'accept', {
    versionSpecific: { debian: 'accept', microshift: 'reject', note: '4.17: incorrect trunk id parameter' } }),
  oneConfig('bridge-vlan-and-trunk', 'bridge', 'vlan together with vlanTrunk', trunk([{ id: 101 }], { vlan: 100 }), 'undecidable', { ref: '5.1#16',
    versionSpecific: { debian: 'undecidable', microshift: 'reject', note: '4.17: cannot set vlan and vlanTrunk at the same time; 1.1.1 ignores the trunk and needs VLAN filtering for vlan 100' } }),
  oneConfig('bridge-vlan-trunk-valid', 'bridge', 'a valid trunk', trunk([{ id: 101 }, { minID: 200, maxID: 210 }]), 'accept', {
    versionSpecific: { debian: 'accept', microshift: 'accept', note: '4.17 turns on VLAN filtering for the trunk (not testable here); 1.1.1 ignores it' } }),
  oneConfig('bridge-vlan-trunk-empty-item', 'bridge', 'a trunk item with neither key is skipped', trunk([{}]), 'accept', {
    versionSpecific: { debian: 'accept', microshift: 'accept', note: 'skipped without comment on 4.17' } }),
  oneConfig('bridge-disable-container-interface-ipam', 'bridge', 'disableContainerInterface with IPAM',
    aBridge({ disableContainerInterface: true, ipam: { type: 'host-local', subnet: '10.11.0.0/24' } }), 'accept', { ref: '5.1#17',
      versionSpecific: { debian: 'accept', microshift: 'reject', note: '4.17: cannot use IPAM when DisableContainerInterface flag is set; 1.1.1 ignores the key' } }),
  oneConfig('bridge-disable-container-interface-l2', 'bridge', 'disableContainerInterface without IPAM', aBridge({ disableContainerInterface: true, ipam: {} }), 'accept'),
  oneConfig('bridge-preserve-default-vlan', 'bridge', 'preserveDefaultVlan alone', aBridge({ preserveDefaultVlan: false }), 'accept'),
  oneConfig('bridge-name-is-host-nic', 'R-BRIDGE-NAME', 'the bridge name is the node NIC', aBridge({ bridge: 'eth9', ipam: {} }), 'reject',
    { ref: '5.1#23', message: 'already exists but is not a bridge' }),
  oneConfig('bridge-name-is-other-nic', 'R-BRIDGE-NAME', 'the bridge name is another host NIC', aBridge({ bridge: 'ens1' }), 'reject',
    { message: 'already exists but is not a bridge' }),
  oneConfig('bridge-name-too-long', 'R-BRIDGE-NAME', 'a 16-character bridge name', aBridge({ bridge: 'br-name-too-long', ipam: {} }), 'reject',
    { ref: '5.1#24', message: 'numerical result out of range' }),
  oneConfig('bridge-name-15-chars', 'R-BRIDGE-NAME', 'a 15-character bridge name is the longest', aBridge({ bridge: 'br-name-15-char' }), 'accept'),
  oneConfig('bridge-name-slash', 'R-BRIDGE-NAME', 'a slash in the bridge name', aBridge({ bridge: 'br/x' }), 'reject'),
  oneConfig('bridge-whereabouts', 'R-UNSUPPORTED', 'bridge with whereabouts', aBridge({ ipam: { type: 'whereabouts', range: '10.0.0.0/24' } }), 'reject',
    { ref: '5.1#25', message: 'failed to find plugin "whereabouts"' }),
  oneConfig('bridge-gateway-outside-subnet', 'R-GW-SUBNET', 'isGateway with a host-local gateway outside the subnet',
    aBridge({ bridge: 'br-gwo', isGateway: true, ipam: { type: 'host-local', subnet: '10.10.0.0/24', gateway: '10.99.0.1' } }), 'accept',
    { ref: '5.1#26', deliberate: { coreCode: 'host-local.gateway-outside-subnet' } }),
  oneConfig('bridge-cluster-subnet', 'R-CLUSTER-OVERLAP', 'a bridge subnet inside MicroShift\'s cluster network',
    aBridge({ ipam: { type: 'host-local', subnet: '10.42.200.0/24' } }), 'accept', { deliberate: { coreCode: 'subnet.overlaps-cluster-network' } }),
  oneConfig('bridge-dhcp', 'R-DHCP', 'bridge + dhcp needs a DHCP server on the bridged segment', aBridge({ ipam: { type: 'dhcp' } }), 'undecidable',
    { dhcp: true, undecidableReason: 'the lab bridge has no uplink to a DHCP server (the admin links it on a real node)' }),
]
