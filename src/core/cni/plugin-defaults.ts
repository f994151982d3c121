import { defaultsOf } from './field-schema'
import { IPAM_FIELDS, PLUGIN_FIELDS } from './plugin-fields'

/**
 * What each plugin and IPAM applies when a key is left out, on MicroShift 4.17 (e.g. bridge `cni0`, ipvlan
 * mode `l2`, macvlan mode `bridge`, preserveDefaultVlan true). `master` has no static default: the default-route NIC.
 */
export const PLUGIN_DEFAULTS = {
  bridge: defaultsOf(PLUGIN_FIELDS.bridge),
  ipvlan: defaultsOf(PLUGIN_FIELDS.ipvlan),
  macvlan: defaultsOf(PLUGIN_FIELDS.macvlan),
  'host-local': defaultsOf(IPAM_FIELDS['host-local']),
  static: defaultsOf(IPAM_FIELDS.static),
  dhcp: defaultsOf(IPAM_FIELDS.dhcp),
} as const
