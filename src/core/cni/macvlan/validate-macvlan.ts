import type { MacvlanConfig } from '../../project/model'
import { parseMac } from '../../net/parse-mac'
import type { RuleContext } from '../rule-context'
import { masterNic, validateMaster } from '../validate-master'
import { validateLinkMtu } from '../validate-mtu'
import { MACVLAN_MODES } from './macvlan-fields'

/** macvlan rules: exact mode, mtu within [0, master MTU], a parseable unicast mac (warned as fixed), master checks. */
export function validateMacvlan(config: MacvlanConfig, ctx: RuleContext): void {
  // modeFromString takes "" as the default mode.
  if (config.mode !== undefined && config.mode !== '' && !(MACVLAN_MODES as readonly string[]).includes(config.mode)) {
    ctx.report('macvlan.mode-unknown', 'config.mode', { mode: config.mode })
  }
  validateMaster(config.master, config.linkInContainer, ctx)
  if (config.mtu !== undefined) {
    const nic = config.linkInContainer ? undefined : masterNic(config.master, ctx.hostNics)
    // macvlan checks [0, master MTU] itself; the kernel then refuses what is below its minimum.
    if (config.mtu < 0) ctx.report('macvlan.mtu-negative', 'config.mtu', { mtu: config.mtu })
    else if (nic && config.mtu > nic.mtu) ctx.report('macvlan.mtu-above-master', 'config.mtu', { mtu: config.mtu, master: nic.name, masterMtu: nic.mtu })
    else validateLinkMtu(config.mtu, ctx)
  }
  if (config.mac !== undefined) {
    const bytes = parseMac(config.mac)
    // Go's ParseMAC also takes 8- and 20-byte forms, which an Ethernet link refuses.
    if (!bytes || bytes.length !== 6) ctx.report('macvlan.mac-invalid', 'config.mac', { mac: config.mac })
    else if (((bytes[0] ?? 0) & 1) === 1) ctx.report('macvlan.mac-multicast', 'config.mac', { mac: config.mac })
    else ctx.report('macvlan.fixed-mac', 'config.mac', { mac: config.mac })
  }
}
