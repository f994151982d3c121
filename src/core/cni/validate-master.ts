import { isValidInterfaceName } from '../net/is-valid-interface-name'
import type { HostNic } from '../project/model'
import type { RuleContext } from './rule-context'

/** Whether `master` is left to the plugin: macvlan and ipvlan take an empty string as omitted (default-route NIC). */
export function isMasterOmitted(master: string | undefined): master is undefined | '' {
  return master === undefined || master === ''
}

/** The host NIC a macvlan/ipvlan sits on: the named master, or the primary NIC when master is left out. */
export function masterNic(master: string | undefined, hostNics: HostNic[]): HostNic | undefined {
  return isMasterOmitted(master) ? hostNics.find((nic) => nic.primary) : hostNics.find((nic) => nic.name === master)
}

/**
 * R-MASTER-PRIMARY and the master lookup. The declared host NICs are taken as the node's NICs: a master outside
 * them, or an omitted master when none carries the default route, fails on the node. Without declared NICs
 * nothing is known, so only the name syntax is checked.
 */
export function validateMaster(master: string | undefined, linkInContainer: boolean | undefined, ctx: RuleContext): void {
  // With linkInContainer the master is looked up in the pod's namespace, not on the node.
  if (linkInContainer) return
  const primary = ctx.hostNics.find((nic) => nic.primary)
  if (isMasterOmitted(master)) {
    if (!primary && ctx.hostNics.length > 0) ctx.report('master.no-default-route-nic', 'config.master', { nics: nicList(ctx.hostNics) })
    else ctx.report('master.defaults-to-primary', 'config.master', { nic: primary ? ` (${primary.name})` : '' })
    return
  }
  if (!isValidInterfaceName(master)) {
    ctx.report('master.invalid-name', 'config.master', { master })
    return
  }
  if (primary?.name === master) ctx.report('master.is-primary-nic', 'config.master', { master })
  else if (ctx.hostNics.length > 0 && !ctx.hostNics.some((nic) => nic.name === master)) {
    ctx.report('master.unknown-nic', 'config.master', { master, nics: nicList(ctx.hostNics) })
  }
}

function nicList(hostNics: HostNic[]): string {
  return hostNics.map((nic) => nic.name).join(', ')
}
