import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitYamlDocuments, type YamlChunk } from './split-yaml-documents'

// The rule read line by line, as the YAML spec states it: a line starting with `---` or `...` followed by white
// space or its end is a marker; `---` opens a document, `...` closes one (its line included).
function splitLineByLine(text: string): YamlChunk[] {
  const chunks: YamlChunk[] = []
  const lines = text.split('\n')
  let start = 0
  let startLine = 1
  let offset = 0
  const close = (end: number) => {
    const chunk = text.slice(start, end)
    const content = (line: string) => line !== '' && !line.startsWith('#') && !line.startsWith('%') && !/^(---|\.\.\.)(\s+#.*)?$/.test(line)
    if (chunk.split('\n').some((line) => content(line.trim()))) chunks.push({ text: chunk, offset: start, line: startLine })
  }
  lines.forEach((line, index) => {
    const end = offset + line.length + (index < lines.length - 1 ? 1 : 0)
    if (/^---(\s|$)/.test(text.slice(offset, end)) && offset > start) {
      close(offset)
      start = offset
      startLine = index + 1
    } else if (/^\.\.\.(\s|$)/.test(text.slice(offset, end))) {
      close(end)
      start = end
      startLine = index + 2
    }
    offset = end
  })
  if (start < text.length) close(text.length)
  return chunks
}

describe('splitYamlDocuments', () => {
  it('cuts at marker lines, keeps each chunk’s offset and first line, and drops chunks without content', () => {
    const text = '# lead\n---\na: 1\n---\n# only a comment\n...\nb: 2\n...\n--- c: 3\n'
    expect(splitYamlDocuments(text)).toEqual([
      { text: '---\na: 1\n', offset: 7, line: 2 },
      { text: 'b: 2\n...\n', offset: 41, line: 7 },
      { text: '--- c: 3\n', offset: 50, line: 9 },
    ])
  })

  it('takes only markers at the start of a line and followed by white space or the end', () => {
    expect(splitYamlDocuments('a: ---\n---x: 1\n ---\nb: "\r---"\n---').map((chunk) => chunk.line)).toEqual([1])
  })

  it('cuts where reading the text line by line would', () => {
    const piece = fc.constantFrom('---', '...', '\n', '\r\n', '\r', ' ', '\t', 'a: 1', '# c', '-', '.', '%YAML 1.2', '\u2028', 'x')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        expect(splitYamlDocuments(text)).toEqual(splitLineByLine(text))
      }),
      { numRuns: 2000 },
    )
  })
})
