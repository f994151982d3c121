import type { Ipam, PluginType } from '../project/model'
import { BRIDGE_FIELDS } from './bridge/bridge-fields'
import { COMMON_HEAD_FIELDS, COMMON_TAIL_FIELDS } from './common-fields'
import { STRING, type FieldSpec, type FieldTable } from './field-schema'
import { DHCP_FIELDS } from './ipam/dhcp/dhcp-fields'
import { HOST_LOCAL_FIELDS } from './ipam/host-local/host-local-fields'
import { STATIC_FIELDS } from './ipam/static/static-fields'
import { IPVLAN_FIELDS } from './ipvlan/ipvlan-fields'
import { MACVLAN_FIELDS } from './macvlan/macvlan-fields'

/** An IPAM type MicroShift ships. */
export type IpamType = Exclude<Ipam['type'], 'foreign'>

/** Each main plugin's own keys (between `type` and `ipam` in emit order). */
export const PLUGIN_FIELDS = {
  bridge: BRIDGE_FIELDS,
  ipvlan: IPVLAN_FIELDS,
  macvlan: MACVLAN_FIELDS,
} as const satisfies Record<PluginType, FieldTable>

/** Each IPAM's own keys (after `type`). */
export const IPAM_FIELDS = {
  'host-local': HOST_LOCAL_FIELDS,
  static: STATIC_FIELDS,
  dhcp: DHCP_FIELDS,
} as const satisfies Record<IpamType, FieldTable>

const IPAM_NODE: FieldSpec = { type: { kind: 'node' }, goType: 'types.IPAM' }

const withCommonKeys = (fields: FieldTable): FieldTable => ({ ...COMMON_HEAD_FIELDS, ...fields, ipam: IPAM_NODE, ...COMMON_TAIL_FIELDS })
const withType = (fields: FieldTable): FieldTable => ({ type: STRING, ...fields })

const FULL_PLUGIN_TABLES: Record<PluginType, FieldTable> = {
  bridge: withCommonKeys(PLUGIN_FIELDS.bridge),
  ipvlan: withCommonKeys(PLUGIN_FIELDS.ipvlan),
  macvlan: withCommonKeys(PLUGIN_FIELDS.macvlan),
}

const FULL_IPAM_TABLES: Record<IpamType, FieldTable> = {
  'host-local': withType(IPAM_FIELDS['host-local']),
  static: withType(IPAM_FIELDS.static),
  dhcp: withType(IPAM_FIELDS.dhcp),
}

/** Every key a plugin config of this type can carry, in emit order. */
export function pluginTable(type: PluginType): FieldTable {
  return FULL_PLUGIN_TABLES[type]
}

/** Every key an IPAM config of this type can carry, in emit order. */
export function ipamTable(type: IpamType): FieldTable {
  return FULL_IPAM_TABLES[type]
}

/** True for the plugin types MicroShift ships. */
export function isPluginType(type: unknown): type is PluginType {
  return typeof type === 'string' && Object.hasOwn(PLUGIN_FIELDS, type)
}

/** True for the IPAM types MicroShift ships. */
export function isIpamType(type: unknown): type is IpamType {
  return typeof type === 'string' && Object.hasOwn(IPAM_FIELDS, type)
}
