/** One YAML document cut out of a stream, with where it sits in the whole text. */
export interface YamlChunk {
  text: string
  /** Offset of `text` in the whole input. */
  offset: number
  /** 1-based line of the chunk's first line in the whole input. */
  line: number
}

function hasContent(chunk: string): boolean {
  for (let start = 0; start <= chunk.length; ) {
    const newline = chunk.indexOf('\n', start)
    const end = newline < 0 ? chunk.length : newline
    const line = chunk.slice(start, end).trim()
    // A lone directive (%YAML) belongs to the next document, which parses fine without it.
    if (line !== '' && !line.startsWith('#') && !line.startsWith('%') && !/^(---|\.\.\.)(\s+#.*)?$/.test(line)) return true
    if (newline < 0) break
    start = newline + 1
  }
  return false
}

// A `---` or `...` marker at the start of a line (lines end at `\n` only, as the chunks' line numbers count them),
// with the newline before it: a pattern starting with a plain character is found much faster than a look-behind.
const MARKER_AFTER_NEWLINE = /\n(---|\.\.\.)(?=\s|$)/g
const MARKER_AT_START = /^(---|\.\.\.)(?=\s|$)/

/**
 * Cuts a YAML stream at `---` / `...` marker lines, so that one broken document (an unrendered template,
 * say) does not cost the others. Chunks holding only comments or blank lines are dropped.
 */
export function splitYamlDocuments(text: string): YamlChunk[] {
  const chunks: YamlChunk[] = []
  let start = 0
  let startLine = 1
  // Line numbers are counted only up to the markers, which a regular expression finds faster than a loop over lines.
  let counted = 0
  let countedLine = 1
  const lineAt = (offset: number) => {
    for (let newline = text.indexOf('\n', counted); newline >= 0 && newline < offset; newline = text.indexOf('\n', newline + 1)) countedLine++
    counted = offset
    return countedLine
  }
  const close = (end: number) => {
    const chunk = text.slice(start, end)
    if (hasContent(chunk)) chunks.push({ text: chunk, offset: start, line: startLine })
  }
  const markers: { position: number; dashes: boolean }[] = []
  if (MARKER_AT_START.test(text)) markers.push({ position: 0, dashes: text.startsWith('---') })
  for (const match of text.matchAll(MARKER_AFTER_NEWLINE)) markers.push({ position: match.index + 1, dashes: match[1] === '---' })
  for (const { position, dashes } of markers) {
    if (dashes) {
      if (position > start) {
        close(position)
        start = position
        startLine = lineAt(position)
      }
    } else {
      const newline = text.indexOf('\n', position)
      const end = newline < 0 ? text.length : newline + 1
      close(end)
      start = end
      startLine = lineAt(position) + 1
    }
  }
  if (start < text.length) close(text.length)
  return chunks
}
