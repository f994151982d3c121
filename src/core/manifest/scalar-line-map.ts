import { SCALAR_STYLE, type ScalarEvent } from 'js-yaml'

const WS = /\s/

// Offsets of the non-whitespace characters of a scalar's source that survive decoding, in order:
// `''` in single quotes and backslash escapes in double quotes stand for one decoded character.
function sourceAnchors(raw: string, style: number): number[] {
  const anchors: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] ?? ''
    if (WS.test(char)) continue
    if (style === SCALAR_STYLE.SINGLE_QUOTED && char === "'" && raw[i + 1] === "'") {
      anchors.push(i)
      i++
    } else if (style === SCALAR_STYLE.DOUBLE_QUOTED && char === '\\') {
      const next = raw[i + 1] ?? ''
      const width = next === 'x' ? 3 : next === 'u' ? 5 : next === 'U' ? 9 : 1
      if (!WS.test(next) && !'ntrfvLP_'.includes(next)) anchors.push(i)
      i += width
    } else {
      anchors.push(i)
    }
  }
  return anchors
}

/**
 * Maps an offset in a decoded YAML scalar back to an offset in the document text. Exact for block scalars and
 * plain JSON; for quoted and folded scalars it aligns the non-whitespace characters, which decoding keeps in order.
 */
export function buildScalarOffsetMap(documentText: string, scalar: ScalarEvent, decoded: string): (decodedOffset: number) => number {
  const raw = documentText.slice(scalar.valueStart, scalar.valueEnd)
  const sourceOffsets = sourceAnchors(raw, scalar.style)
  const decodedOffsets: number[] = []
  for (let i = 0; i < decoded.length; i++) if (!WS.test(decoded[i] ?? '')) decodedOffsets.push(i)
  return (decodedOffset) => {
    let index = decodedOffsets.findIndex((offset) => offset >= decodedOffset)
    if (index < 0) index = decodedOffsets.length - 1
    const sourceOffset = sourceOffsets[Math.min(index, sourceOffsets.length - 1)] ?? 0
    return scalar.valueStart + sourceOffset
  }
}
