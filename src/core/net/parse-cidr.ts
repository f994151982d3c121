import { familyBits, formatIp, parseIp, type IpAddress } from './ip-address'

/** A parsed CIDR. `address` keeps host bits as written (CNI's types.ParseCIDR does too); `network` masks them off. */
export interface Cidr {
  family: 4 | 6
  prefix: number
  address: IpAddress
  network: IpAddress
  /** The last address of the prefix (the IPv4 broadcast address). */
  last: IpAddress
}

/** parseCidr result: Go's net.ParseCIDR only ever says `invalid CIDR address: <text>`. */
export type CidrResult = { ok: true; cidr: Cidr } | { ok: false; error: 'invalid-cidr' }

const PREFIX = /^[0-9]+$/

/** Parses `ip/prefix` like Go's net.ParseCIDR: a prefix is required and must fit the family (no `/33`). */
export function parseCidr(text: string): CidrResult {
  if (CACHE.has(text)) return CACHE.get(text) as CidrResult
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear()
  const result = parseCidrUncached(text)
  if (result.ok) for (const part of [result.cidr.address, result.cidr.network, result.cidr.last, result.cidr]) Object.freeze(part)
  CACHE.set(text, Object.freeze(result))
  return result
}

const CACHE = new Map<string, CidrResult>()
const CACHE_LIMIT = 4096

function parseCidrUncached(text: string): CidrResult {
  const slash = text.indexOf('/')
  if (slash < 0) return { ok: false, error: 'invalid-cidr' }
  const address = parseIp(text.slice(0, slash))
  const prefixText = text.slice(slash + 1)
  if (!address || !PREFIX.test(prefixText) || prefixText.length > 3) return { ok: false, error: 'invalid-cidr' }
  // `::ffff:a.b.c.d/n` is an IPv6 prefix in Go even though the address reads as IPv4.
  const writtenFamily: 4 | 6 = text.slice(0, slash).includes(':') ? 6 : 4
  const bits = familyBits(writtenFamily)
  const prefix = Number(prefixText)
  if (prefix > bits) return { ok: false, error: 'invalid-cidr' }
  const value = writtenFamily === 6 && address.family === 4 ? address.value | (0xffffn << 32n) : address.value
  const hostMask = (1n << BigInt(bits - prefix)) - 1n
  const network = value & ~hostMask
  return {
    ok: true,
    cidr: {
      family: writtenFamily,
      prefix,
      address: { family: writtenFamily, value },
      network: { family: writtenFamily, value: network },
      last: { family: writtenFamily, value: network | hostMask },
    },
  }
}

/** The CIDR if `text` parses, else undefined. */
export function toCidr(text: string): Cidr | undefined {
  const result = parseCidr(text)
  return result.ok ? result.cidr : undefined
}

/** True when the written address has bits set beyond the prefix. */
export function cidrHasHostBits(cidr: Cidr): boolean {
  return cidr.address.value !== cidr.network.value
}

/** The network prefix as Go prints an IPNet (`10.1.1.0/24`). */
export function formatCidrNetwork(cidr: Cidr): string {
  return `${formatIp(cidr.network)}/${cidr.prefix}`
}
