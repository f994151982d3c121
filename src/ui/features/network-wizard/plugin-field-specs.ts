import { PLUGIN_CNI_VERSIONS, type BridgeConfig, type IpvlanConfig, type MacvlanConfig, type PluginType } from '../../../core'

type KeysOf<C> = Exclude<keyof C, 'type' | 'ipam' | 'dns' | 'capabilities' | 'extra' | 'cniVersion' | 'name'> & string

/** How one plugin key is edited. Label and help come from i18n `fields.<plugin>.<key>`. */
export type FieldSpec<K extends string = string> =
  | { key: K; control: 'text' | 'integer'; advanced?: boolean; placeholder?: string; mono?: boolean }
  | { key: K; control: 'switch'; advanced?: boolean }
  /** The allowed values come from the core's field table. */
  | { key: K; control: 'select'; advanced?: boolean }
  | { key: K; control: 'trunk'; advanced?: boolean }

/** Every key of each main plugin, in the reference's order; advanced ones are folded away. */
export const PLUGIN_FIELD_SPECS = {
  bridge: [
    { key: 'bridge', control: 'text', placeholder: 'br-edge', mono: true },
    { key: 'isGateway', control: 'switch' },
    { key: 'isDefaultGateway', control: 'switch' },
    { key: 'ipMasq', control: 'switch' },
    { key: 'mtu', control: 'integer', placeholder: '1500' },
    { key: 'vlan', control: 'integer', placeholder: '100' },
    { key: 'forceAddress', control: 'switch', advanced: true },
    { key: 'hairpinMode', control: 'switch', advanced: true },
    { key: 'promiscMode', control: 'switch', advanced: true },
    { key: 'vlanTrunk', control: 'trunk', advanced: true },
    { key: 'preserveDefaultVlan', control: 'switch', advanced: true },
    { key: 'macspoofchk', control: 'switch', advanced: true },
    { key: 'enabledad', control: 'switch', advanced: true },
    { key: 'disableContainerInterface', control: 'switch', advanced: true },
  ] satisfies FieldSpec<KeysOf<BridgeConfig>>[],
  ipvlan: [
    { key: 'master', control: 'text', placeholder: 'eth1', mono: true },
    { key: 'mode', control: 'select' },
    { key: 'mtu', control: 'integer', placeholder: '1500' },
    { key: 'linkInContainer', control: 'switch', advanced: true },
  ] satisfies FieldSpec<KeysOf<IpvlanConfig>>[],
  macvlan: [
    { key: 'master', control: 'text', placeholder: 'eth1', mono: true },
    { key: 'mode', control: 'select' },
    { key: 'mtu', control: 'integer', placeholder: '1500' },
    { key: 'mac', control: 'text', placeholder: '02:00:00:00:00:01', advanced: true, mono: true },
    { key: 'linkInContainer', control: 'switch', advanced: true },
  ] satisfies FieldSpec<KeysOf<MacvlanConfig>>[],
} satisfies Record<PluginType, FieldSpec[]>

/** IPAM keys shown under "Advanced" (every IPAM type's rarely needed keys, and host-local's older top-level range). */
export const IPAM_ADVANCED_PATHS = [
  'config.ipam.dataDir', 'config.ipam.resolvConf', 'config.ipam.subnet', 'config.ipam.rangeStart', 'config.ipam.rangeEnd',
  'config.ipam.gateway', 'config.ipam.daemonSocketPath', 'config.ipam.request', 'config.ipam.provide', 'config.ipam.dns',
] as const

/** Form paths of a plugin's advanced keys. */
export function advancedPluginPaths(plugin: PluginType): string[] {
  const specs: readonly FieldSpec[] = PLUGIN_FIELD_SPECS[plugin]
  return specs.filter((spec) => spec.advanced).map((spec) => `config.${spec.key}`)
}

/** The cniVersion choices the plugins accept, newest first. */
export const CNI_VERSIONS = [...PLUGIN_CNI_VERSIONS].reverse()
