import { describe, expect, it } from 'vitest'
import { isMacAddress, parseMac } from './parse-mac'

describe('parseMac accepts the forms Go net.ParseMAC accepts', () => {
  it.each([
    ['02:00:00:00:00:01', true],
    ['02-00-00-00-00-01', true],
    ['0200.0000.0001', true],
    ['AA:BB:CC:DD:EE:FF', true],
    ['02:00:5e:10:00:00:00:01', true],
    ['00:00:00:00:fe:80:00:00:00:00:00:00:02:00:5e:10:00:00:00:01', true],
    ['zz:00:00:00:00:01', false],
    ['02:00:00:00:00', false],
    ['02:00-00:00:00:01', false],
    ['2:0:0:0:0:1', false],
    ['020000000001', false],
    ['', false],
  ])('%s → %s', (text, ok) => {
    expect(isMacAddress(text)).toBe(ok)
  })
  it('returns the bytes', () => {
    expect(parseMac('0200.5e10.0001')).toEqual([2, 0, 0x5e, 0x10, 0, 1])
  })
})
