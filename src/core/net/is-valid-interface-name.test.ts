import { describe, expect, it } from 'vitest'
import { isValidInterfaceName } from './is-valid-interface-name'

describe('isValidInterfaceName is the kernel dev_valid_name and the CNI library check', () => {
  it.each([
    ['a usual name', 'eth1'],
    ['15 bytes', 'fifteen-chars-x'],
    ['dots, dashes and @ inside', 'enp3s0.10@x-y'],
    ['a name of one dot and more', '...'],
    ['7 two-byte letters (14 bytes)', 'ééééééé'],
  ])('accepts %s: %s', (_, name) => {
    expect(isValidInterfaceName(name)).toBe(true)
  })

  it.each([
    ['an empty name', ''],
    ['16 bytes', 'sixteen-chars-xx'],
    ['8 two-byte letters (16 bytes, 8 characters)', 'éééééééé'],
    ['.', '.'],
    ['..', '..'],
    ['a slash', 'a/b'],
    ['a colon (alias syntax)', 'eth0:1'],
    ['a space', 'a b'],
    ['a tab', 'a\tb'],
    ['a no-break space (Go unicode.IsSpace)', 'a\u00a0b'],
    ['an ideographic space', 'a\u3000b'],
    ['a byte 0xA0 inside a UTF-8 letter (kernel isspace)', 'a\u0120b'],
    ['a NUL', 'a\0b'],
  ])('refuses %s', (_, name) => {
    expect(isValidInterfaceName(name)).toBe(false)
  })
})
