import { describe, expect, it } from 'vitest'
import { formatIp, isIpAddress, offsetIp, parseIp } from './ip-address'

describe('parseIp follows Go net.ParseIP', () => {
  it.each([
    ['10.1.1.1', 4],
    ['255.255.255.255', 4],
    ['2001:db8::1', 6],
    ['::', 6],
    ['::ffff:10.1.1.1', 4],
    ['10.1.1.300', undefined],
    ['10.1.1', undefined],
    ['010.1.1.1', undefined],
    ['0x0a.1.1.1', undefined],
    ['fe80::1%eth0', undefined],
    ['10.1.1.1/24', undefined],
    ['', undefined],
  ])('%s → family %s', (text, family) => {
    expect(parseIp(text)?.family).toBe(family)
    expect(isIpAddress(text)).toBe(family !== undefined)
  })
})

describe('formatIp prints addresses as Go does', () => {
  it.each(['10.1.1.1', '2001:db8::1', 'fd00:1::ffff:ffff:ffff:ffff', '::'])('%s round-trips', (text) => {
    const ip = parseIp(text)
    expect(ip && formatIp(ip)).toBe(text)
  })
  it('steps through addresses', () => {
    const ip = parseIp('10.1.1.255')
    expect(ip && formatIp(offsetIp(ip, 1n))).toBe('10.1.2.0')
  })
})
