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

/**
 * Cuts a YAML stream at `---` / `...` marker lines, so that one broken document (an unrendered template,
 * say) does not cost the others. Chunks holding only comments or blank lines are dropped.
 */
export function splitYamlDocuments(text: string): YamlChunk[] {
  const chunks: YamlChunk[] = []
  let start = 0
  let startLine = 1
  let lineNumber = 1
  let position = 0
  const close = (end: number) => {
    const chunk = text.slice(start, end)
    if (hasContent(chunk)) chunks.push({ text: chunk, offset: start, line: startLine })
  }
  while (position <= text.length) {
    const newline = text.indexOf('\n', position)
    const end = newline < 0 ? text.length : newline + 1
    // Only lines starting with `-` or `.` can be markers; most lines are not looked at further.
    const first = text.charCodeAt(position)
    const line = first === 45 || first === 46 ? text.slice(position, end) : ''
    if (/^---(\s|$)/.test(line) && position > start) {
      close(position)
      start = position
      startLine = lineNumber
    } else if (/^\.\.\.(\s|$)/.test(line)) {
      close(end)
      start = end
      startLine = lineNumber + 1
    }
    if (newline < 0) break
    position = end
    lineNumber++
  }
  if (start < text.length) close(text.length)
  return chunks
}
