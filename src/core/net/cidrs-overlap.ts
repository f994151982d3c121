import type { IpAddress } from './ip-address'
import { toCidr, type Cidr } from './parse-cidr'

/** True when two prefixes share at least one address (same family only). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.network.value <= b.last.value && b.network.value <= a.last.value
}

/** True when the address lies inside the prefix. */
export function isAddressInCidr(ip: IpAddress, cidr: Cidr): boolean {
  return ip.family === cidr.family && ip.value >= cidr.network.value && ip.value <= cidr.last.value
}

/** True when two CIDR texts both parse and overlap. */
export function cidrTextsOverlap(a: string, b: string): boolean {
  const left = toCidr(a)
  const right = toCidr(b)
  return left !== undefined && right !== undefined && cidrsOverlap(left, right)
}
