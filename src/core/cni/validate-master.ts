import type { HostNic } from '../project/model'
import type { RuleContext } from './rule-context'

/** True when the kernel accepts the text as an interface name (dev_valid_name): 1–15 chars, no / : whitespace, not . or .. */
export function isValidInterfaceName(name: string): boolean {
  return name.length > 0 && name.length <= 15 && name !== '.' && name !== '..' && !/[/:\s]/.test(name)
}

/** The host NIC a macvlan/ipvlan sits on: the named master, or the primary NIC when master is left out. */
export function masterNic(master: string | undefined, hostNics: HostNic[]): HostNic | undefined {
  return master === undefined ? hostNics.find((nic) => nic.primary) : hostNics.find((nic) => nic.name === master)
}

/** R-MASTER-PRIMARY and the master lookup: omitted or primary (warning), not a known NIC (warning), bad name (error). */
export function validateMaster(master: string | undefined, linkInContainer: boolean | undefined, ctx: RuleContext): void {
  // With linkInContainer the master is looked up in the pod's namespace, not on the node.
  if (linkInContainer) return
  const primary = ctx.hostNics.find((nic) => nic.primary)
  if (master === undefined) {
    ctx.report('master.defaults-to-primary', 'config.master', { nic: primary ? ` (${primary.name})` : '' })
    return
  }
  if (!isValidInterfaceName(master)) {
    ctx.report('master.invalid-name', 'config.master', { master })
    return
  }
  if (primary?.name === master) ctx.report('master.is-primary-nic', 'config.master', { master })
  else if (ctx.hostNics.length > 0 && !ctx.hostNics.some((nic) => nic.name === master)) {
    ctx.report('master.unknown-nic', 'config.master', { master })
  }
}
