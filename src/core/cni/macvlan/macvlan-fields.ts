import type { MacvlanConfig, PluginCommon } from '../../project/model'
import { BOOL, INT, STRING, withDefault, type FieldSpec } from '../field-schema'

type MacvlanKey = Exclude<keyof MacvlanConfig, keyof PluginCommon | 'type'>

/** macvlan modes, matched case-sensitively (`unknown macvlan mode: "Bridge"`). */
export const MACVLAN_MODES = ['bridge', 'private', 'vepa', 'passthru'] as const

/** macvlan keys in the reference's table order; `master` defaults to the default-route NIC. */
export const MACVLAN_FIELDS = {
  master: STRING,
  mode: { ...withDefault(STRING, 'bridge'), values: MACVLAN_MODES },
  mtu: withDefault(INT, 0),
  mac: STRING,
  linkInContainer: withDefault(BOOL, false),
} as const satisfies Record<MacvlanKey, FieldSpec>
