import type { RuleContext } from './rule-context'

/** The link MTUs the kernel accepts for veth, bridge, macvlan and ipvlan (ETH_MIN_MTU..ETH_MAX_MTU); 0 keeps the default. */
export const KERNEL_MTU = { min: 68, max: 65535 } as const

/** Whether the kernel refuses `mtu` when a plugin passes it on (it passes only values above 0). */
export function isOutsideKernelMtu(mtu: number): boolean {
  return mtu > 0 && (mtu < KERNEL_MTU.min || mtu > KERNEL_MTU.max)
}

/** bridge and ipvlan hand mtu to netlink, which sets it only above 0: negative is ignored, 1–67 and >65535 are refused. */
export function validateLinkMtu(mtu: number | undefined, ctx: RuleContext): void {
  if (mtu === undefined) return
  if (mtu < 0) ctx.report('mtu.negative-ignored', 'config.mtu', { mtu, ...KERNEL_MTU })
  else if (isOutsideKernelMtu(mtu)) ctx.report('mtu.outside-kernel-range', 'config.mtu', { mtu, ...KERNEL_MTU })
}
