import { aMacvlan, oneConfig, severalConfigs, withIpam } from './case-builders'
import type { ConformanceCase } from './conformance-case'

const staticIpam = (addresses: unknown[], fields: Record<string, unknown> = {}, top: Record<string, unknown> = {}) =>
  withIpam({ type: 'static', addresses, ...fields }, top)
const CAPS = { capabilities: { ips: true } }
const withIps = (ips: string[]) => ({ pods: [{ attachments: [{ network: 0, ips }] }] })
const A = { address: '198.51.100.5/24', gateway: '198.51.100.1' }
const dhcp = (fields: Record<string, unknown> = {}) => aMacvlan({ master: 'eth9', ipam: { type: 'dhcp', ...fields } })

/** static (5.2 #76–#85) and dhcp (#86–#87, reference 2.3). */
export const STATIC_DHCP_CASES: ConformanceCase[] = [
  oneConfig('static-address', 'static', 'one address with a gateway', staticIpam([A]), 'accept', { ref: '5.2#76' }),
  oneConfig('static-no-prefix', 'static', 'an address without prefix', staticIpam([{ address: '198.51.100.5' }]), 'reject',
    { ref: '5.2#77', message: "expected to be in CIDR notation, got: '198.51.100.5'" }),
  oneConfig('static-bad-octet', 'static', 'an impossible octet', staticIpam([{ address: '198.51.100.300/24' }]), 'reject', { ref: '5.2#78', message: 'CIDR notation' }),
  oneConfig('static-bad-gateway', 'static', 'a gateway that is not an IP', staticIpam([{ address: '198.51.100.5/24', gateway: '198.51.100.300' }]), 'reject',
    { ref: '5.2#79', message: 'invalid IP address' }),
  oneConfig('static-gateway-outside', 'R-GW-SUBNET', 'a gateway outside the address subnet is accepted', staticIpam([{ address: '198.51.100.5/24', gateway: '203.0.113.1' }]),
    'accept', { ref: '5.2#80', deliberate: { coreCode: 'static.gateway-outside-subnet' } }),
  oneConfig('static-gateway-outside-default-route', 'R-GW-SUBNET', 'a default route via a gateway outside the subnet',
    staticIpam([{ address: '198.51.100.5/24', gateway: '203.0.113.1' }], { routes: [{ dst: '0.0.0.0/0' }] }), 'reject',
    { ref: '5.1#42', message: 'network is unreachable' }),
  oneConfig('static-network-address', 'static', 'the network address as host address is accepted', staticIpam([{ address: '198.51.100.0/24' }]), 'accept',
    { ref: '5.2#81', deliberate: { coreCode: 'static.address-is-network-address' } }),
  oneConfig('static-broadcast-address', 'static', 'the broadcast address as host address is accepted', staticIpam([{ address: '198.51.100.255/24' }]), 'accept'),
  oneConfig('static-runtime-ips-no-prefix', 'R-IP-IN-RANGE', 'annotation ips without prefix for static', staticIpam([A], {}, CAPS), 'reject',
    { ref: '5.2#82', ...withIps(['198.51.100.7']), message: 'CIDR notation' }),
  oneConfig('static-runtime-ips', 'R-IP-IN-RANGE', 'annotation ips replace the addresses', staticIpam([A], {}, CAPS), 'accept',
    { ref: '5.2#83', ...withIps(['198.51.100.7/24']) }),
  oneConfig('static-0.2.0-two-addresses', 'static', 'cniVersion 0.2.0 takes one address per family',
    staticIpam([{ address: '198.51.100.5/24' }, { address: '203.0.113.5/24' }], {}, { cniVersion: '0.2.0' }), 'reject', { ref: '5.2#84', message: 'does not support more than 1 address per family' }),
  oneConfig('static-ipv6', 'static', 'IPv6 address, gateway, default route and dns', staticIpam([{ address: '2001:db8::10/64', gateway: '2001:db8::1' }],
    { routes: [{ dst: '::/0' }], dns: { nameservers: ['2001:db8::53'] } }), 'accept', { ref: '5.2#85' }),
  oneConfig('static-dual-stack', 'static', 'one IPv4 and one IPv6 address', staticIpam([A, { address: '2001:db8::10/64' }]), 'accept'),
  oneConfig('static-two-v4', 'static', 'two IPv4 addresses', staticIpam([A, { address: '203.0.113.5/24' }]), 'accept'),
  oneConfig('static-empty-addresses', 'static', 'an empty address list', staticIpam([]), 'reject', { message: 'IPAM plugin returned missing IP config' }),
  oneConfig('static-route-via-gateway', 'static', 'a route via the address gateway', staticIpam([A], { routes: [{ dst: '203.0.113.0/24', gw: '198.51.100.1' }] }), 'accept'),
  oneConfig('static-route-bad-dst', 'static', 'route dst "default"', staticIpam([A], { routes: [{ dst: 'default' }] }), 'reject',
    { ref: 'toolchain b25', message: 'invalid CIDR address: default' }),
  oneConfig('static-address-number', 'json', 'address as a number', staticIpam([{ address: 5 }]), 'reject'),
  oneConfig('static-only-runtime-ips', 'static', 'no addresses, annotation ips through capabilities',
    withIpam({ type: 'static' }, CAPS), 'accept', withIps(['198.51.100.9/24'])),
  oneConfig('static-only-annotation-ips-without-capability', 'static', 'no addresses; annotation ips reach static as CNI_ARGS IP= without capabilities',
    withIpam({ type: 'static' }), 'accept', withIps(['198.51.100.9/24'])),
  oneConfig('static-cluster-overlap', 'R-CLUSTER-OVERLAP', 'a static address in the cluster network', staticIpam([{ address: '10.42.77.5/24' }]), 'accept',
    { deliberate: { coreCode: 'subnet.overlaps-cluster-network' } }),
  severalConfigs('static-same-address-two-nads', 'R-STATIC-DUP', 'the same static address in two NADs of one pod',
    [staticIpam([A], {}, { name: 'sa' }), aMacvlan({ name: 'sb', master: 'ens1', ipam: { type: 'static', addresses: [A] } })], 'accept',
    { deliberate: { coreCode: 'static.address-duplicated' } }),
  oneConfig('dhcp-lease', 'dhcp', 'macvlan + dhcp gets a lease from the LAN', dhcp(), 'accept', { dhcp: true }),
  oneConfig('dhcp-option-name-unsupported', 'dhcp', 'a DHCP option name the daemon does not know', dhcp({ request: [{ option: 'classless-static-routes' }] }), 'reject',
    { ref: '5.2#86', dhcp: true, message: 'Can not parse option "classless-static-routes"' }),
  oneConfig('dhcp-option-number', 'dhcp', 'a DHCP option by number', dhcp({ request: [{ option: '121' }] }), 'accept', { ref: '5.2#87', dhcp: true }),
  oneConfig('dhcp-provide-too-long', 'dhcp', 'a provided option value over 255 bytes', dhcp({ provide: [{ option: 'host-name', value: 'x'.repeat(300) }] }), 'reject',
    { dhcp: true }),
]

