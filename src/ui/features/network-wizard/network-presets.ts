import type { Network, PluginType } from '../../../core'
import { freshIpam, STARTING_IPAM_TYPE } from './fresh-ipam'

/** A one-click starting point. Labels and descriptions live in i18n under `presets.<id>`. */
export interface NetworkPreset {
  id: string
  plugin: PluginType
  /** From the MicroShift 4.17 chapter (5.1.3.1, 5.1.4.1, 5.1.5.1) rather than a common edge pattern. */
  fromChapter: boolean
  build(id: string): Network
}

export const NETWORK_PRESETS: readonly NetworkPreset[] = [
  {
    id: 'bridge-conf', plugin: 'bridge', fromChapter: true,
    // The chapter's example also carries "mode": "bridge", a key the bridge plugin ignores; it is left out here.
    build: (id) => ({
      id, name: 'bridge-conf', namespace: 'default',
      config: {
        type: 'bridge', cniVersion: '0.4.0', bridge: 'test-bridge',
        ipam: {
          type: 'host-local', dataDir: '/var/lib/cni/test-bridge',
          ranges: [[{ subnet: '10.10.0.0/16', rangeStart: '10.10.1.20', rangeEnd: '10.10.3.50', gateway: '10.10.0.254' }]],
        },
      },
    }),
  },
  {
    id: 'ipvlan-net', plugin: 'ipvlan', fromChapter: true,
    build: (id) => ({
      id, name: 'ipvlan-net', namespace: 'default',
      config: {
        type: 'ipvlan', cniVersion: '0.3.1', name: 'ipvlan-net', master: 'eth1', linkInContainer: false, mode: 'l3',
        ipam: { type: 'static', addresses: [{ address: '192.168.10.10/24' }] },
      },
    }),
  },
  {
    id: 'macvlan-net', plugin: 'macvlan', fromChapter: true,
    build: (id) => ({
      id, name: 'macvlan-net', namespace: 'default',
      config: {
        type: 'macvlan', cniVersion: '0.3.1', name: 'macvlan-net', master: 'eth1', linkInContainer: false, mode: 'bridge',
        ipam: { type: 'dhcp' },
      },
    }),
  },
  {
    id: 'macvlan-lan-dhcp', plugin: 'macvlan', fromChapter: false,
    build: (id) => ({
      id, name: 'lan-dhcp', namespace: 'default',
      config: { type: 'macvlan', cniVersion: '1.0.0', master: 'enp2s0', mode: 'bridge', ipam: { type: 'dhcp' } },
    }),
  },
  {
    id: 'bridge-host-only', plugin: 'bridge', fromChapter: false,
    build: (id) => ({
      id, name: 'pods-local', namespace: 'default',
      config: {
        type: 'bridge', cniVersion: '1.0.0', bridge: 'br-pods', isGateway: true,
        ipam: { type: 'host-local', ranges: [[{ subnet: '192.168.100.0/24', rangeStart: '192.168.100.10', rangeEnd: '192.168.100.200' }]] },
      },
    }),
  },
  {
    id: 'ipvlan-l3-static', plugin: 'ipvlan', fromChapter: false,
    build: (id) => ({
      id, name: 'plant-l3', namespace: 'default',
      config: {
        type: 'ipvlan', cniVersion: '1.0.0', master: 'enp3s0', mode: 'l3', capabilities: { ips: true },
        ipam: {
          type: 'static', addresses: [{ address: '10.20.0.10/24', gateway: '10.20.0.1' }],
          routes: [{ dst: '10.30.0.0/16', gw: '10.20.0.1' }],
        },
      },
    }),
  },
]

/** A fresh network of `plugin` with only what a new NAD needs. */
export function blankNetwork(id: string, plugin: PluginType, name: string): Network {
  return { id, name, namespace: 'default', config: { type: plugin, cniVersion: '1.0.0', ipam: freshIpam(STARTING_IPAM_TYPE[plugin]) } }
}
