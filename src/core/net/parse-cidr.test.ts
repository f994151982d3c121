import { describe, expect, it } from 'vitest'
import { formatIp } from './ip-address'
import { cidrHasHostBits, formatCidrNetwork, parseCidr } from './parse-cidr'

describe('parseCidr accepts and rejects what Go net.ParseCIDR does', () => {
  it.each([
    ['10.1.1.0/24', true],
    ['10.1.1.5/24', true],
    ['0.0.0.0/0', true],
    ['10.1.1.0/32', true],
    ['fd00:1::/64', true],
    ['::/0', true],
    ['2001:db8::10/128', true],
    ['10.1.1.0', false],
    ['10.1.1.0/33', false],
    ['fd00::/129', false],
    ['10.1.1.0/', false],
    ['10.1.1.0/-1', false],
    ['10.1.1.0/+8', false],
    ['10.10.0.300/24', false],
    ['010.1.1.0/24', false],
    ['default', false],
    ['fe80::1%eth0/64', false],
    ['', false],
  ])('%s → %s', (text, ok) => {
    expect(parseCidr(text).ok).toBe(ok)
  })
})

describe('a parsed CIDR keeps the written address and knows its network', () => {
  it('keeps host bits and masks the network', () => {
    const result = parseCidr('10.1.1.5/24')
    if (!result.ok) throw new Error('expected a CIDR')
    expect(cidrHasHostBits(result.cidr)).toBe(true)
    expect(formatCidrNetwork(result.cidr)).toBe('10.1.1.0/24')
    expect(formatIp(result.cidr.last)).toBe('10.1.1.255')
  })
  it('handles IPv6', () => {
    const result = parseCidr('fd00:1::7/64')
    if (!result.ok) throw new Error('expected a CIDR')
    expect(formatCidrNetwork(result.cidr)).toBe('fd00:1::/64')
    expect(formatIp(result.cidr.last)).toBe('fd00:1::ffff:ffff:ffff:ffff')
  })
})
