import type { HostNic } from '../../src/core/project/model'

/**
 * The host NICs of every case's host namespace: veth pairs (this kernel has no dummy NIC) whose far ends sit in
 * the case's LAN namespace. `eth9` carries the default route, like the reference's stand-in for the node NIC.
 */
export const LAB_NICS: readonly (HostNic & { peer: string; address?: string })[] = [
  { name: 'eth9', mtu: 1500, primary: true, peer: 'up9', address: '203.0.113.2/24' },
  { name: 'ens1', mtu: 9000, primary: false, peer: 'up1' },
  { name: 'ens2', mtu: 1500, primary: false, peer: 'up2' },
]

/** The LAN side of the primary NIC: default gateway of the host namespace and the DHCP server's address. */
export const LAB_GATEWAY = { address: '203.0.113.1/24', ip: '203.0.113.1', peer: 'up9' }

/** Leases dnsmasq hands out on the primary NIC's segment. */
export const LAB_DHCP_RANGE = '203.0.113.100,203.0.113.150,255.255.255.0,1h'

/** The CNI binaries MicroShift's Multus DaemonSet copies; everything else is "failed to find plugin" there. */
export const MICROSHIFT_PLUGINS = ['bridge', 'ipvlan', 'macvlan', 'host-local', 'static', 'dhcp'] as const

/** Each pod's eth0 sits on MicroShift's default cluster network, so overlaps and default-route take-overs are real. */
export const CLUSTER_POD = { prefix: '10.42.0', length: 24, gateway: '10.42.0.1' }
