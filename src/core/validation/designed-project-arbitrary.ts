import fc from 'fast-check'
import { MICROSHIFT_417_PLATFORM, type Attachment, type HostNic, type Ipam, type Network, type Project, type Workload } from '../project/model'

// Small projects whose networks collide on purpose (masters, bridges, subnets, names, stores, addresses), so that
// the cross-object rules fire often; for property tests, not exported from the core's public surface.

const SUBNETS = ['10.1.1.0/24', '10.1.1.0/25', '10.1.2.0/24', 'fd00::/64']
const ADDRESSES = ['10.1.1.5/24', '10.1.1.6/24', '10.1.2.5/24', 'fd00::5/64']

/** Values a designer could type into each plugin-config key (undefined leaves the key out). */
export const CONFIG_VALUES = {
  name: fc.constantFrom(undefined, 'a', 'shared'),
  cniVersion: fc.constantFrom(undefined, '0.3.1', '1.0.0'),
  master: fc.constantFrom(undefined, '', 'eth1', 'eth2', 'bad name'),
  mode: fc.constantFrom(undefined, 'bridge', 'passthru', 'passthru', 'l2', 'l3', 'vepa'),
  mtu: fc.constantFrom(undefined, 1400, 1500, 9000, 70000),
  mac: fc.constantFrom(undefined, '02:00:00:00:00:01', '02:00:00:00:00:02'),
  linkInContainer: fc.constantFrom(undefined, true, false),
  bridge: fc.constantFrom(undefined, 'br0', 'br1', 'cni0'),
  isGateway: fc.constantFrom(undefined, true, false),
  isDefaultGateway: fc.constantFrom(undefined, true, false),
  forceAddress: fc.constantFrom(undefined, true, false),
  ipMasq: fc.constantFrom(undefined, true),
  promiscMode: fc.constantFrom(undefined, true, false),
  vlan: fc.constantFrom(undefined, 0, 10, 5000),
  vlanTrunk: fc.constantFrom(undefined, [{ id: 100 }], [{ minID: 200, maxID: 300 }]),
  capabilities: fc.constantFrom(undefined, { ips: true }, { mac: true }, { ips: true, mac: true }),
  ipam: fc.oneof(
    fc.constant(undefined),
    fc.record({ type: fc.constant('host-local' as const), subnet: fc.constantFrom(...SUBNETS), dataDir: fc.constantFrom(undefined, '/run/x') }, { requiredKeys: ['type', 'subnet'] }),
    fc.record({ type: fc.constant('host-local' as const), subnet: fc.constantFrom(...SUBNETS), rangeStart: fc.constantFrom('10.1.1.10', '10.1.1.250'), rangeEnd: fc.constantFrom('10.1.1.12', '10.1.1.20') }),
    fc.record({ type: fc.constant('host-local' as const), ranges: fc.constantFrom([[{ subnet: '10.1.1.0/24' }], [{ subnet: 'fd00::/64' }]], [[{ subnet: '10.1.2.0/30' }]]), routes: fc.constantFrom(undefined, [{ dst: '0.0.0.0/0' }]) }, { requiredKeys: ['type', 'ranges'] }),
    fc.record({ type: fc.constant('static' as const), addresses: fc.constantFrom(undefined, [], [{ address: ADDRESSES[0]! }], [{ address: ADDRESSES[1]!, gateway: '10.1.1.1' }], [{ address: ADDRESSES[3]! }]), routes: fc.constantFrom(undefined, [{ dst: '0.0.0.0/0' }]) }, { requiredKeys: ['type'] }),
    fc.constant({ type: 'dhcp' as const }),
  ) as fc.Arbitrary<Ipam | undefined>,
} as const

const NETWORK_NAMES = ['a', 'b', 'c']
// Mostly one namespace, so attachments find their networks.
const NAMESPACES = ['default', 'default', 'default', 'x']

const config = fc.record({ type: fc.constantFrom('bridge', 'macvlan', 'ipvlan'), ...CONFIG_VALUES }, { requiredKeys: ['type'] })
  .map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as unknown as NonNullable<Network['config']>)

/** A network of a designed project (ids, names and namespaces from small sets, so they collide). */
export const designedNetwork: fc.Arbitrary<Network> = fc.record({ id: fc.constantFrom('n1', 'n2', 'n3', 'n4'), name: fc.constantFrom(...NETWORK_NAMES), namespace: fc.constantFrom(...NAMESPACES), config })

export const designedAttachment: fc.Arbitrary<Attachment> = fc.record({
  network: fc.constantFrom(...NETWORK_NAMES, ...NETWORK_NAMES, 'missing'),
  namespace: fc.constantFrom(...NAMESPACES),
  interface: fc.constantFrom('net1', 'data0', 'eth0'),
  ips: fc.constantFrom(['10.1.1.5/24'], ['10.1.1.11/24'], ['fd00::9/64'], ['bad']),
  mac: fc.constantFrom('02:00:00:00:00:01', '02:00:00:00:00:03'),
  defaultRoute: fc.constantFrom(['10.1.1.1'], ['fd00::1']),
}, { requiredKeys: ['network'] })

const workload: fc.Arbitrary<Workload> = fc.record({
  id: fc.constantFrom('w1', 'w2', 'w3'), name: fc.constantFrom('app', 'db'), namespace: fc.constantFrom(...NAMESPACES),
  kind: fc.constantFrom('Pod', 'Deployment', 'StatefulSet', 'DaemonSet'), replicas: fc.constantFrom(1, 2, 3),
  attachments: fc.array(designedAttachment, { minLength: 1, maxLength: 3 }),
})

export const designedHostNics: fc.Arbitrary<HostNic[]> = fc.array(
  fc.record({ name: fc.constantFrom('eth0', 'eth1', 'eth2'), mtu: fc.constantFrom(1500, 9000, 1400), primary: fc.boolean() }), { maxLength: 3 })

/** A designed project with 0–5 networks and 0–4 workloads. */
export const designedProject: fc.Arbitrary<Project> = fc.record({
  networks: fc.array(designedNetwork, { maxLength: 5 }),
  workloads: fc.array(workload, { maxLength: 4 }),
  hostNics: designedHostNics,
  platform: fc.constantFrom(MICROSHIFT_417_PLATFORM, { ...MICROSHIFT_417_PLATFORM, clusterNetwork: ['10.1.0.0/16'] }),
  passThrough: fc.constant([]),
})
