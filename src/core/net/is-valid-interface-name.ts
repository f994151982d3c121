import { utf8Length } from './utf8-length'

// Spaces as Go's unicode.IsSpace sees them (the CNI library's ValidateInterfaceName, run on CNI_IFNAME), NUL too.
const SPACE_OR_NUL = /[\0\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u

// The kernel's isspace() works on bytes and its Latin-1 table counts 0xA0 as a space, so a UTF-8 name fails when
// any continuation byte is 0xA0 (a 6-bit group of 0x20), e.g. "Ġ" (C4 A0).
function hasA0Byte(name: string): boolean {
  for (const char of name) {
    const code = char.codePointAt(0) ?? 0
    const continuation = code < 0x80 ? 0 : code < 0x800 ? 1 : code < 0x10000 ? 2 : 3
    for (let group = 0; group < continuation; group++) if (((code >> (6 * group)) & 0x3f) === 0x20) return true
  }
  return false
}

/**
 * True when the name can be a Linux interface name: the kernel's dev_valid_name (1–15 bytes, not `.` or `..`, no
 * `/`, `:` or space) and the CNI library's ValidateInterfaceName, which the plugins also run on the pod's name.
 */
export function isValidInterfaceName(name: string): boolean {
  if (name === '' || name === '.' || name === '..' || utf8Length(name) > 15) return false
  return !name.includes('/') && !name.includes(':') && !SPACE_OR_NUL.test(name) && !hasA0Byte(name)
}
