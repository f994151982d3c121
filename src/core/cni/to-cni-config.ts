import type { Ipam, Network, PluginConfig } from '../project/model'
import { COMMON_HEAD_FIELDS, COMMON_TAIL_FIELDS } from './common-fields'
import { encodeObject } from './encode-fields'
import { IPAM_FIELDS, PLUGIN_FIELDS } from './plugin-fields'

function encodeIpam(ipam: Ipam): Record<string, unknown> {
  if (ipam.type === 'foreign') return { ...ipam.raw }
  const { extra, ...fields } = ipam
  return { type: ipam.type, ...encodeObject(fields, IPAM_FIELDS[ipam.type], extra) }
}

function encodePlugin(config: PluginConfig, name: string | undefined): Record<string, unknown> {
  if (config.type === 'foreign') return { ...config.raw }
  const { extra, ipam, ...fields } = config
  const head = encodeObject({ ...fields, name }, COMMON_HEAD_FIELDS)
  const own = encodeObject(fields, PLUGIN_FIELDS[config.type])
  const tail = encodeObject(fields, COMMON_TAIL_FIELDS, extra)
  return { ...head, ...own, ...(ipam ? { ipam: encodeIpam(ipam) } : {}), ...tail }
}

/**
 * The CNI config object to JSON.stringify into spec.config: cniVersion, name, type, plugin keys in table order,
 * ipam, dns, capabilities, then extra keys. Only keys the user set; `name` falls back to metadata.name.
 */
export function toCniConfig(network: Network): Record<string, unknown> {
  const { config, conflist } = network
  const name = (config && config.type !== 'foreign' ? config.name : undefined) ?? network.name
  if (!conflist) return config ? encodePlugin(config, name) : {}
  const main = config ? encodePlugin(config, undefined) : undefined
  if (main && config?.type !== 'foreign') delete main.cniVersion
  const cniVersion = config && config.type !== 'foreign' ? config.cniVersion : undefined
  return {
    ...(cniVersion !== undefined ? { cniVersion } : {}),
    name,
    ...conflist.extra,
    plugins: [...(main ? [main] : []), ...conflist.chain],
  }
}
