import type { IpvlanConfig, PluginCommon } from '../../project/model'
import { BOOL, INT, STRING, withDefault, type FieldSpec } from '../field-schema'

type IpvlanKey = Exclude<keyof IpvlanConfig, keyof PluginCommon | 'type'>

/** ipvlan modes, matched case-sensitively (`unknown ipvlan mode: "L2"`). */
export const IPVLAN_MODES = ['l2', 'l3', 'l3s'] as const

/** ipvlan keys in the reference's table order; `master` defaults to the default-route NIC. */
export const IPVLAN_FIELDS = {
  master: STRING,
  mode: { ...withDefault(STRING, 'l2'), values: IPVLAN_MODES },
  mtu: withDefault(INT, 0),
  linkInContainer: withDefault(BOOL, false),
} as const satisfies Record<IpvlanKey, FieldSpec>
