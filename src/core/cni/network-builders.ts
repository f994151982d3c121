import type {
  BridgeConfig,
  HostNic,
  Ipam,
  IpvlanConfig,
  MacvlanConfig,
  Network,
  PluginConfig,
} from '../project/model'
import { MICROSHIFT_417_PLATFORM } from '../project/model'
import type { NetworkContext } from './rule-context'
import { validateNetworkConfig } from './validate-network-config'

/** A NAD named `net-a` around the given plugin config (test builder). */
export function aNetwork(config: PluginConfig, overrides: Partial<Network> = {}): Network {
  return { id: 'n1', name: 'net-a', namespace: 'default', config, ...overrides }
}

/** A valid bridge NAD with host-local 10.10.0.0/24; fields override the config (test builder). */
export function aBridgeNetwork(fields: Partial<Omit<BridgeConfig, 'type'>> = {}): Network {
  return aNetwork({ cniVersion: '1.0.0', name: 'net-a', type: 'bridge', bridge: 'br-a', ipam: aHostLocalIpam(), ...fields })
}

/** A valid ipvlan NAD on eth1 with host-local 10.30.0.0/24 (test builder). */
export function anIpvlanNetwork(fields: Partial<Omit<IpvlanConfig, 'type'>> = {}): Network {
  return aNetwork({ cniVersion: '1.0.0', name: 'net-a', type: 'ipvlan', master: 'eth1', ipam: aHostLocalIpam({ subnet: '10.30.0.0/24' }), ...fields })
}

/** A valid macvlan NAD on eth1 with host-local 192.168.50.0/24 (test builder). */
export function aMacvlanNetwork(fields: Partial<Omit<MacvlanConfig, 'type'>> = {}): Network {
  return aNetwork({ cniVersion: '1.0.0', name: 'net-a', type: 'macvlan', master: 'eth1', ipam: aHostLocalIpam({ subnet: '192.168.50.0/24' }), ...fields })
}

/** host-local IPAM with subnet 10.10.0.0/24 unless overridden (test builder). */
export function aHostLocalIpam(fields: Partial<Omit<Extract<Ipam, { type: 'host-local' }>, 'type'>> = {}): Ipam {
  return { type: 'host-local', subnet: '10.10.0.0/24', ...fields }
}

/** A node with the primary NIC eth0 (MTU 1500) and a spare eth1 (MTU 9000) (test builder). */
export function aNodeContext(hostNics?: HostNic[]): NetworkContext {
  return {
    hostNics: hostNics ?? [
      { name: 'eth0', mtu: 1500, primary: true },
      { name: 'eth1', mtu: 9000, primary: false },
    ],
    platform: { ...MICROSHIFT_417_PLATFORM },
  }
}

/** The codes validateNetworkConfig reports for a network on the default test node (test helper). */
export function issueCodesOf(network: Network, context: NetworkContext = aNodeContext()): string[] {
  return validateNetworkConfig(network, context).map((issue) => issue.code)
}
