import { anIpvlan, oneConfig, without } from './case-builders'
import type { ConformanceCase } from './conformance-case'

const NO_IPVLAN = 'this kernel has no ipvlan (CONFIG_IPVLAN unset): link creation fails after the config was parsed'

/** ipvlan: reference 1.2 and vectors 5.1 #43–#49. Link creation cannot succeed here, IPAM errors are decided by running IPAM alone. */
export const IPVLAN_CASES: ConformanceCase[] = [
  oneConfig('ipvlan-l2', 'ipvlan', 'mode l2', anIpvlan(), 'undecidable', { undecidableReason: NO_IPVLAN }),
  oneConfig('ipvlan-l3', 'ipvlan', 'mode l3', anIpvlan({ mode: 'l3' }), 'undecidable', { undecidableReason: NO_IPVLAN }),
  oneConfig('ipvlan-l3s', 'ipvlan', 'mode l3s', anIpvlan({ mode: 'l3s' }), 'undecidable', { ref: '5.1#47', undecidableReason: NO_IPVLAN }),
  oneConfig('ipvlan-mode-omitted', 'ipvlan', 'no mode: l2', without(anIpvlan(), 'mode'), 'undecidable', { undecidableReason: NO_IPVLAN }),
  oneConfig('ipvlan-master-omitted', 'ipvlan', 'no master: the default-route NIC', without(anIpvlan(), 'master'), 'undecidable', { undecidableReason: NO_IPVLAN }),
  oneConfig('ipvlan-mode-l4', 'ipvlan', 'mode l4 does not exist', anIpvlan({ mode: 'l4' }), 'reject', { ref: '5.1#43', message: 'unknown ipvlan mode: "l4"' }),
  oneConfig('ipvlan-mode-upper-case', 'ipvlan', 'modes are case-sensitive', anIpvlan({ mode: 'L2' }), 'reject', { ref: '5.1#44', message: 'unknown ipvlan mode: "L2"' }),
  oneConfig('ipvlan-mode-bridge', 'ipvlan', 'a macvlan mode on ipvlan', anIpvlan({ mode: 'bridge' }), 'reject', { message: 'unknown ipvlan mode' }),
  oneConfig('ipvlan-master-missing', 'ipvlan', 'a master the node does not have', anIpvlan({ master: 'eth99' }), 'reject',
    { ref: '5.1#45', message: 'failed to lookup master "eth99": Link not found' }),
  oneConfig('ipvlan-master-omitted-no-default-route', 'ipvlan', 'no master and no default route on the node', without(anIpvlan(), 'master'), 'reject',
    { ref: '5.1#46', noDefaultRoute: true, message: 'no default route interface found' }),
  oneConfig('ipvlan-no-ipam', 'ipvlan', 'ipvlan needs IPAM unless chained', without(anIpvlan(), 'ipam'), 'undecidable', { ref: '5.1#48',
    versionSpecific: { debian: 'undecidable', microshift: 'reject', note: '4.17 (v1.5.1): no plugin name provided; 1.1.1 creates the link first, which this kernel cannot' } }),
  oneConfig('ipvlan-mtu-string', 'ipvlan', 'mtu as a string', anIpvlan({ mtu: '1500' }), 'reject', { message: 'cannot unmarshal string' }),
  oneConfig('ipvlan-mtu-above-master', 'R-MTU', 'ipvlan mtu above the master: the kernel decides', anIpvlan({ master: 'eth9', mtu: 9000 }), 'undecidable',
    { ref: 'toolchain b33', undecidableReason: NO_IPVLAN }),
  oneConfig('ipvlan-static-not-cidr', 'ipvlan', 'ipvlan with a static address lacking a prefix', anIpvlan({ ipam: { type: 'static', addresses: [{ address: '198.51.100.5' }] } }),
    'reject', { ref: 'toolchain b24', message: "expected to be in CIDR notation" }),
  oneConfig('ipvlan-host-local-range-start-outside', 'ipvlan', 'ipvlan with rangeStart outside the subnet',
    anIpvlan({ ipam: { type: 'host-local', ranges: [[{ subnet: '198.51.100.0/24', rangeStart: '198.51.101.10' }]] } }), 'reject', { message: 'RangeStart 198.51.101.10 not in network' }),
  oneConfig('ipvlan-host-local-no-ranges', 'ipvlan', 'ipvlan with host-local but no subnet', anIpvlan({ ipam: { type: 'host-local' } }), 'reject',
    { message: 'no IP ranges specified' }),
  oneConfig('ipvlan-static', 'ipvlan', 'ipvlan with a valid static address', anIpvlan({ ipam: { type: 'static', addresses: [{ address: '198.51.100.5/24' }] } }),
    'undecidable', { undecidableReason: NO_IPVLAN }),
  oneConfig('ipvlan-dhcp', 'R-DHCP', 'ipvlan + dhcp is unsupported on MicroShift', anIpvlan({ master: 'eth9', ipam: { type: 'dhcp' } }), 'undecidable',
    { undecidableReason: NO_IPVLAN }),
  oneConfig('ipvlan-pool-exhausted', 'R-POOL', 'a /30 pool for two ipvlan pods (IPAM alone decides the second)',
    anIpvlan({ ipam: { type: 'host-local', subnet: '198.51.100.0/30' } }), 'reject',
    { pods: [{ replicas: 2, attachments: [{ network: 0 }] }], message: 'no IP addresses available in range set' }),
  oneConfig('ipvlan-cluster-subnet', 'R-CLUSTER-OVERLAP', 'an ipvlan subnet in MicroShift\'s service network',
    anIpvlan({ ipam: { type: 'host-local', subnet: '10.43.7.0/24' } }), 'undecidable', { undecidableReason: NO_IPVLAN }),
  oneConfig('ipvlan-chained-after-bridge', 'R-CHAIN', 'ipvlan chained after bridge cannot find a master',
    { cniVersion: '0.4.0', name: 'iv7', plugins: [{ type: 'bridge', bridge: 'br-c', ipam: { type: 'host-local', subnet: '10.31.0.0/24' } }, { type: 'ipvlan' }] },
    'reject', { ref: '5.1#49', message: 'chained master failure' }),
]
