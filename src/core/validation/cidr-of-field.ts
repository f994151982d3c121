import { toCidr, type Cidr } from '../net/parse-cidr'

/**
 * The CIDR in a list entry's field (a static address, a route's dst), or undefined when invalid or absent: the
 * decoder keeps an entry that lacks the key, as the plugin does, and the per-network rules report it.
 */
export function cidrOfField(text: string | undefined): Cidr | undefined {
  return typeof text === 'string' ? toCidr(text) : undefined
}
