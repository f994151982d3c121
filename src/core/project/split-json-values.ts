/** A JSON value found in the text, or why a JSON-looking part could not be read. */
export type JsonValueFound = { value: unknown } | { error: string }

// Past this many bracketed parts that are no JSON (prompts count too), the text is no command output: stop there,
// as every failed parse costs an exception.
const MAX_FAILED_PARSES = 20

// Where the array or object opening at `start` closes (strings and escapes honoured); -1 when it never does.
function closingIndex(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i++
      else if (char === '"') inString = false
    } else if (char === '"') {
      inString = true
    } else if (char === '[' || char === '{') {
      depth++
    } else if (char === ']' || char === '}') {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}

/**
 * The JSON arrays and objects that start lines of the text, in order: several commands' output pasted together,
 * with shell prompts or other lines between them (those are passed over). Linear in the text; never throws.
 */
export function splitJsonValues(text: string): JsonValueFound[] {
  const found: JsonValueFound[] = []
  let failures = 0
  const nextContent = /\S/g
  for (let position = 0; position < text.length; ) {
    nextContent.lastIndex = position
    const start = nextContent.exec(text)?.index
    if (start === undefined) break
    const char = text[start]
    if (char === '[' || char === '{') {
      const end = closingIndex(text, start)
      // Nothing after a value that never closes can be read as a whole value either.
      if (end < 0) {
        found.push({ error: 'the text ends inside it' })
        break
      }
      try {
        found.push({ value: JSON.parse(text.slice(start, end + 1)) as unknown })
      } catch (error) {
        // A prompt such as `[core@edge ~]$ ip -j link` opens like a list; only what is longer reads as meant for JSON.
        if (end - start > 40) found.push({ error: (error as Error).message })
        if (++failures >= MAX_FAILED_PARSES) {
          found.push({ error: `more than ${MAX_FAILED_PARSES} parts are no JSON; the rest was not read` })
          break
        }
      }
      // Going on right after the value keeps the scan linear even when a long part fails to parse.
      position = end + 1
      continue
    }
    const newline = text.indexOf('\n', start)
    if (newline < 0) break
    position = newline + 1
  }
  return found
}
