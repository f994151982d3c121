import { describe, expect, it } from 'vitest'
import { cidrsOverlap, isAddressInCidr } from './cidrs-overlap'
import { parseIp } from './ip-address'
import { toCidr } from './parse-cidr'

describe('cidrsOverlap is true when two prefixes share an address', () => {
  it.each([
    ['10.1.1.0/24', '10.1.1.0/25', true],
    ['10.1.1.0/24', '10.1.2.0/24', false],
    ['10.42.0.0/16', '10.42.5.0/24', true],
    ['10.0.0.0/8', '10.43.0.0/16', true],
    ['10.1.1.0/24', 'fd00::/8', false],
    ['fd00:1::/64', 'fd00::/16', true],
  ])('%s and %s → %s', (a, b, overlap) => {
    const left = toCidr(a)
    const right = toCidr(b)
    expect(left && right && cidrsOverlap(left, right)).toBe(overlap)
  })
})

describe('isAddressInCidr', () => {
  it.each([
    ['10.1.1.255', '10.1.1.0/24', true],
    ['10.1.2.0', '10.1.1.0/24', false],
    ['2001:db8::1', '2001:db8::/64', true],
    ['10.1.1.1', '2001:db8::/64', false],
  ])('%s in %s → %s', (ip, cidr, inside) => {
    const address = parseIp(ip)
    const prefix = toCidr(cidr)
    expect(address && prefix && isAddressInCidr(address, prefix)).toBe(inside)
  })
})
