import type { IssueCatalogue } from '../../validation/issue'

/** macvlan codes (plugins/main/macvlan/macvlan.go, v1.5.1). */
export const MACVLAN_ISSUES = {
  'macvlan.mode-unknown': {
    severity: 'error',
    message: 'mode "{mode}" is rejected: "unknown macvlan mode" (exactly bridge, private, vepa or passthru, lower case).',
  },
  'macvlan.mtu-negative': {
    severity: 'error',
    message: 'mtu {mtu} is rejected: "invalid MTU {mtu}, must be [0, master MTU]".',
  },
  'macvlan.mtu-above-master': {
    severity: 'error',
    message: 'mtu {mtu} is above the MTU of `{master}`: "invalid MTU {mtu}, must be [0, master MTU({masterMtu})]".',
  },
  'macvlan.mac-invalid': {
    severity: 'error',
    message: 'mac "{mac}" is rejected: "invalid MAC address".',
  },
  'macvlan.mac-multicast': {
    severity: 'error',
    message: 'mac "{mac}" is a multicast address; an interface cannot use it.',
  },
  'macvlan.fixed-mac': {
    severity: 'warning',
    message: 'A fixed `mac` gives every pod of this NAD the same MAC; use the pod annotation `mac` with capabilities.mac instead.',
  },
} as const satisfies IssueCatalogue
