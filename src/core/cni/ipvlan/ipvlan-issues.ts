import type { IssueCatalogue } from '../../validation/issue'

/** ipvlan codes (plugins/main/ipvlan/ipvlan.go, v1.5.1). */
export const IPVLAN_ISSUES = {
  'ipvlan.mode-unknown': {
    severity: 'error',
    message: 'mode "{mode}" is rejected: "unknown ipvlan mode" (exactly l2, l3 or l3s, lower case).',
  },
  'ipvlan.ipam-missing': {
    severity: 'error',
    message: 'ipvlan needs IPAM unless chained: "no plugin name provided".',
  },
  'ipvlan.dhcp-unsupported': {
    severity: 'error',
    message: 'MicroShift does not support ipvlan with dhcp IPAM; use host-local or static, or macvlan with dhcp.',
  },
} as const satisfies IssueCatalogue
