import ipaddr from 'ipaddr.js'

/** An IP address as a number, so ranges and containment are plain comparisons. */
export interface IpAddress {
  family: 4 | 6
  value: bigint
}

/** Address width in bits per family. */
export function familyBits(family: 4 | 6): number {
  return family === 4 ? 32 : 128
}

function bytesToBigint(bytes: number[]): bigint {
  let value = 0n
  for (const byte of bytes) value = (value << 8n) | BigInt(byte)
  return value
}

function bigintToBytes(value: bigint, count: number): number[] {
  const bytes: number[] = []
  let rest = value
  for (let i = 0; i < count; i++) {
    bytes.unshift(Number(rest & 0xffn))
    rest >>= 8n
  }
  return bytes
}

/**
 * Parses an IP the way Go's net.ParseIP does: dotted-decimal IPv4 without leading zeros, IPv6 without a zone.
 * IPv4-mapped IPv6 (`::ffff:10.1.1.1`) counts as IPv4, as the plugins' To4() does.
 */
export function parseIp(text: string): IpAddress | undefined {
  // ipaddr.js needs tens of microseconds per IPv6 parse and live validation re-reads the same texts constantly.
  if (CACHE.has(text)) return CACHE.get(text)
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear()
  const ip = parseIpUncached(text)
  CACHE.set(text, ip && Object.freeze(ip))
  return ip
}

const CACHE = new Map<string, IpAddress | undefined>()
const CACHE_LIMIT = 4096

// What ipaddr.IPv4.isValidFourPartDecimal accepts: four decimal parts without leading zeros, each at most 255.
const FOUR_PART_DECIMAL = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/

function parseIpv4(text: string): IpAddress | undefined {
  const match = FOUR_PART_DECIMAL.exec(text)
  if (!match) return undefined
  let value = 0
  for (let part = 1; part <= 4; part++) {
    const octet = Number(match[part])
    if (octet > 255) return undefined
    value = value * 256 + octet
  }
  return { family: 4, value: BigInt(value) }
}

function parseIpUncached(text: string): IpAddress | undefined {
  const v4 = parseIpv4(text)
  if (v4) return v4
  if (text.includes('%') || !text.includes(':') || !ipaddr.IPv6.isValid(text)) return undefined
  const v6 = ipaddr.IPv6.parse(text)
  if (v6.isIPv4MappedAddress()) return { family: 4, value: bytesToBigint(v6.toIPv4Address().toByteArray()) }
  return { family: 6, value: bytesToBigint(v6.toByteArray()) }
}

/** True when `text` is an IP address Go's net.ParseIP accepts. */
export function isIpAddress(text: string): boolean {
  return parseIp(text) !== undefined
}

/** Formats an address as Go prints it (dotted decimal, RFC 5952 IPv6). */
export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) {
    const value = Number(BigInt.asUintN(32, ip.value))
    return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`
  }
  const parsed = ipaddr.fromByteArray(bigintToBytes(ip.value, 16))
  return parsed.kind() === 'ipv6' ? (parsed as ipaddr.IPv6).toRFC5952String() : parsed.toString()
}

/** The address `offset` steps away (no wrap-around check; callers stay inside a subnet). */
export function offsetIp(ip: IpAddress, offset: bigint): IpAddress {
  return { family: ip.family, value: ip.value + offset }
}

/** Two addresses are the same address of the same family. */
export function ipEquals(a: IpAddress, b: IpAddress): boolean {
  return a.family === b.family && a.value === b.value
}
