import type { IpvlanConfig } from '../../project/model'
import { hasIpam } from '../has-ipam'
import type { RuleContext } from '../rule-context'
import { masterNic, validateMaster } from '../validate-master'
import { isOutsideKernelMtu, validateLinkMtu } from '../validate-mtu'
import { IPVLAN_MODES } from './ipvlan-fields'

/** ipvlan rules: exact mode, IPAM required (it is never chained here), no dhcp on MicroShift, master checks. */
export function validateIpvlan(config: IpvlanConfig, ctx: RuleContext): void {
  // modeFromString takes "" as the default mode.
  if (config.mode !== undefined && config.mode !== '' && !(IPVLAN_MODES as readonly string[]).includes(config.mode)) {
    ctx.report('ipvlan.mode-unknown', 'config.mode', { mode: config.mode })
  }
  validateMaster(config.master, config.linkInContainer, ctx)
  if (config.mtu !== undefined) {
    const nic = config.linkInContainer ? undefined : masterNic(config.master, ctx.hostNics)
    // ipvlan checks no MTU itself: netlink drops one ≤ 0 and the kernel refuses one outside its range or above the master.
    if (config.mtu <= 0 || isOutsideKernelMtu(config.mtu)) validateLinkMtu(config.mtu, ctx)
    else if (nic && config.mtu > nic.mtu) ctx.report('ipvlan.mtu-above-master', 'config.mtu', { mtu: config.mtu, master: nic.name, masterMtu: nic.mtu })
  }
  if (!hasIpam(config.ipam)) ctx.report('ipvlan.ipam-missing', 'config.ipam')
  if (config.ipam?.type === 'dhcp') ctx.report('ipvlan.dhcp-unsupported', 'config.ipam.type')
  if (config.capabilities?.mac) ctx.report('capabilities.mac-ignored-by-ipvlan', 'config.capabilities.mac')
}
