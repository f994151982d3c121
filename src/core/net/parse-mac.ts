/**
 * Parses a hardware address like Go's net.ParseMAC: 6, 8 or 20 bytes written as `aa:bb:..`, `aa-bb-..`
 * or `aabb.ccdd.eeff`. Returns the bytes, or undefined when Go would say `invalid MAC address`.
 */
export function parseMac(text: string): number[] | undefined {
  const colon = /^[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2})*$/
  const dotted = /^[0-9a-fA-F]{4}(\.[0-9a-fA-F]{4})*$/
  let bytes: number[]
  if (colon.test(text)) {
    const separator = text[2]
    if (text.length > 2 && text.split('').some((c, i) => i % 3 === 2 && c !== separator)) return undefined
    bytes = text.split(/[:-]/).map((part) => parseInt(part, 16))
  } else if (dotted.test(text)) {
    bytes = text.split('.').flatMap((group) => [parseInt(group.slice(0, 2), 16), parseInt(group.slice(2), 16)])
  } else {
    return undefined
  }
  return bytes.length === 6 || bytes.length === 8 || bytes.length === 20 ? bytes : undefined
}

/** True when Go's net.ParseMAC accepts the text. */
export function isMacAddress(text: string): boolean {
  return parseMac(text) !== undefined
}
