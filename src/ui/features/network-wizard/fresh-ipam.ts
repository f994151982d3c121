import type { Ipam, PluginType } from '../../../core'

/** A new IPAM of `type` with the one row its user must fill in (undefined: no IPAM). */
export function freshIpam(type: string): Ipam | undefined {
  if (type === 'host-local') return { type: 'host-local', ranges: [[{ subnet: '' }]] }
  if (type === 'static') return { type: 'static', addresses: [{ address: '' }] }
  if (type === 'dhcp') return { type: 'dhcp' }
  return undefined
}

/**
 * The IPAM a new network of `plugin` starts with: the one the MicroShift 4.17 chapter's example of that plugin uses
 * (5.1.3.1 bridge: host-local, 5.1.4.1 ipvlan: static, 5.1.5.1 macvlan: dhcp). dhcp needs no value here; host-local's
 * subnet and static's address are left for the user, and the wizard will not go on without them.
 */
export const STARTING_IPAM_TYPE = { bridge: 'host-local', ipvlan: 'static', macvlan: 'dhcp' } as const satisfies Record<PluginType, string>
