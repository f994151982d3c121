import type { ConformanceCase } from './conformance-case'

/** Every hand-written case, by family. */
export const HAND_WRITTEN_CASES: ConformanceCase[] = [
  {
    id: 'smoke-macvlan', description: 'smoke', family: 'macvlan', expect: 'accept',
    networks: [{ config: { cniVersion: '1.0.0', name: 'mv', type: 'macvlan', master: 'ens2', ipam: { type: 'host-local', subnet: '198.51.100.0/24' } } }],
  },
  {
    id: 'smoke-ipvlan', description: 'smoke', family: 'ipvlan', expect: 'undecidable',
    networks: [{ config: { cniVersion: '1.0.0', name: 'iv', type: 'ipvlan', master: 'ens2', ipam: { type: 'host-local', subnet: '198.51.100.0/24' } } }],
  },
  {
    id: 'smoke-ipvlan-bad-ipam', description: 'smoke', family: 'ipvlan', expect: 'reject',
    networks: [{ config: { cniVersion: '1.0.0', name: 'iv', type: 'ipvlan', master: 'ens2', ipam: { type: 'static', addresses: [{ address: '10.99.0.5' }] } } }],
  },
  {
    id: 'smoke-dhcp', description: 'smoke', family: 'dhcp', expect: 'accept', dhcp: true,
    networks: [{ config: { cniVersion: '1.0.0', name: 'md', type: 'macvlan', master: 'eth9', ipam: { type: 'dhcp' } } }],
  },
  {
    id: 'smoke-pool', description: 'smoke', family: 'R-POOL', expect: 'reject',
    networks: [{ config: { cniVersion: '1.0.0', name: 'tiny', type: 'macvlan', master: 'ens2', ipam: { type: 'host-local', subnet: '10.9.9.0/30' } } }],
    pods: [{ replicas: 2, attachments: [{ network: 0 }] }],
  },
  {
    id: 'smoke-bridge', description: 'smoke', family: 'bridge', expect: 'accept',
    networks: [{ config: { cniVersion: '0.4.0', type: 'bridge', bridge: 'br-x', isGateway: true, ipMasq: true, ipam: { type: 'host-local', subnet: '10.10.0.0/24' } } }],
  },
]
