import type { BridgeConfig, PluginCommon, VlanTrunkEntry } from '../../project/model'
import { BOOL, INT, STRING, listOf, withDefault, type FieldSpec } from '../field-schema'

type BridgeKey = Exclude<keyof BridgeConfig, keyof PluginCommon | 'type'>

/** A `vlanTrunk` item (bridge.VlanTrunk). */
export const VLAN_TRUNK_FIELDS = { id: INT, minID: INT, maxID: INT } as const satisfies Record<
  keyof VlanTrunkEntry,
  FieldSpec
>

/** bridge keys in the reference's table order, with the defaults of the 4.17 plugin (≈ v1.5.1). */
export const BRIDGE_FIELDS = {
  bridge: withDefault(STRING, 'cni0'),
  isGateway: withDefault(BOOL, false),
  isDefaultGateway: withDefault(BOOL, false),
  forceAddress: withDefault(BOOL, false),
  ipMasq: withDefault(BOOL, false),
  mtu: withDefault(INT, 0),
  hairpinMode: withDefault(BOOL, false),
  promiscMode: withDefault(BOOL, false),
  vlan: withDefault(INT, 0),
  vlanTrunk: listOf(VLAN_TRUNK_FIELDS, '[]*bridge.VlanTrunk'),
  // true on 4.17; upstream flipped it to false in v1.8.0 (commit 48a4ae5a).
  preserveDefaultVlan: withDefault(BOOL, true),
  macspoofchk: withDefault(BOOL, false),
  enabledad: withDefault(BOOL, false),
  disableContainerInterface: withDefault(BOOL, false),
} as const satisfies Record<BridgeKey, FieldSpec>
