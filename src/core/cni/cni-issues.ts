import type { IssueCatalogue } from '../validation/issue'
import { BRIDGE_ISSUES } from './bridge/bridge-issues'
import { CONFIG_ISSUES } from './config-issues'
import { FOREIGN_ISSUES } from './foreign/foreign-issues'
import { DHCP_ISSUES } from './ipam/dhcp/dhcp-issues'
import { HOST_LOCAL_ISSUES } from './ipam/host-local/host-local-issues'
import { STATIC_ISSUES } from './ipam/static/static-issues'
import { IPVLAN_ISSUES } from './ipvlan/ipvlan-issues'
import { MACVLAN_ISSUES } from './macvlan/macvlan-issues'
import { NETWORK_ISSUES } from './network-issues'

/** Issue codes of this area: code → default severity and English message template. */
export const CNI_ISSUES = {
  ...CONFIG_ISSUES,
  ...NETWORK_ISSUES,
  ...BRIDGE_ISSUES,
  ...IPVLAN_ISSUES,
  ...MACVLAN_ISSUES,
  ...HOST_LOCAL_ISSUES,
  ...STATIC_ISSUES,
  ...DHCP_ISSUES,
  ...FOREIGN_ISSUES,
} as const satisfies IssueCatalogue

/** A code of the CNI area. */
export type CniIssueCode = keyof typeof CNI_ISSUES
