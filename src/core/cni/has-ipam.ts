import type { Ipam } from '../project/model'

/** True when the main plugin will call an IPAM plugin (an `ipam` with a non-empty `type`). */
export function hasIpam(ipam: Ipam | undefined): boolean {
  if (!ipam) return false
  if (ipam.type !== 'foreign') return true
  return typeof ipam.raw.type === 'string' && ipam.raw.type !== ''
}
