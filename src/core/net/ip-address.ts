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

function parseIpUncached(text: string): IpAddress | undefined {
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) {
    return { family: 4, value: bytesToBigint(ipaddr.IPv4.parse(text).toByteArray()) }
  }
  if (text.includes('%') || !text.includes(':') || !ipaddr.IPv6.isValid(text)) return undefined
  const v6 = ipaddr.IPv6.parse(text)
  if (v6.isIPv4MappedAddress()) return { family: 4, value: bytesToBigint(v6.toIPv4Address().toByteArray()) }
  return { family: 6, value: bytesToBigint(v6.toByteArray()) }
}

/** True when `text` is an IP address Go's net.ParseIP accepts. */
export function isIpAddress(text: string): boolean {
  return parseIp(text) !== undefined
}

/** The family of an IP address text, or undefined when it is not one. */
export function ipFamily(text: string): 4 | 6 | undefined {
  return parseIp(text)?.family
}

/** Formats an address as Go prints it (dotted decimal, RFC 5952 IPv6). */
export function formatIp(ip: IpAddress): string {
  const bytes = bigintToBytes(ip.value, ip.family === 4 ? 4 : 16)
  const parsed = ipaddr.fromByteArray(bytes)
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
