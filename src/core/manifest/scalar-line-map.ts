import { SCALAR_STYLE, type ScalarEvent } from 'js-yaml'

const WS = /\s/

// What /\s/ matches, without a regular expression per character for the common (ASCII) case.
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && WS.test(String.fromCharCode(code)))
}

// Offsets of the non-whitespace characters of a scalar's source that survive decoding, in order:
// `''` in single quotes and backslash escapes in double quotes stand for one decoded character.
function sourceAnchors(raw: string, style: number): number[] {
  const anchors: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i)
    if (isSpace(code)) continue
    if (style === SCALAR_STYLE.SINGLE_QUOTED && code === 39 && raw.charCodeAt(i + 1) === 39) {
      anchors.push(i)
      i++
    } else if (style === SCALAR_STYLE.DOUBLE_QUOTED && code === 92) {
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
  for (let i = 0; i < decoded.length; i++) if (!isSpace(decoded.charCodeAt(i))) decodedOffsets.push(i)
  return (decodedOffset) => {
    // The first non-whitespace decoded character at or after the offset (else the last one).
    let low = 0
    let high = decodedOffsets.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((decodedOffsets[mid] ?? 0) >= decodedOffset) high = mid
      else low = mid + 1
    }
    const index = low < decodedOffsets.length ? low : decodedOffsets.length - 1
    const sourceOffset = sourceOffsets[Math.min(index, sourceOffsets.length - 1)] ?? 0
    return scalar.valueStart + sourceOffset
  }
}
