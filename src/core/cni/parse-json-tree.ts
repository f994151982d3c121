import type { Node } from 'jsonc-parser'

// Nesting past this is left to jsonc-parser, so a hostile config cannot overflow this parser's stack first.
const MAX_DEPTH = 256

// jsonc-parser's nodes are read-only to its users; this parser fills them in as it goes.
type Mutable<T> = { -readonly [K in keyof T]: T[K] }
type OpenNode = Mutable<Node> & { children: Node[] }

interface Cursor {
  text: string
  at: number
  depth: number
}

function skipSpace(cursor: Cursor): void {
  const { text } = cursor
  let at = cursor.at
  for (let code = text.charCodeAt(at); code === 32 || code === 10 || code === 13 || code === 9; code = text.charCodeAt(++at));
  cursor.at = at
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' }
const HEX4 = /^[0-9a-fA-F]{4}$/

// The decoded string at the cursor (on its opening quote), or undefined when it is not a valid JSON string.
function readString(cursor: Cursor): string | undefined {
  const { text } = cursor
  let value = ''
  let start = cursor.at + 1
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 34) {
      cursor.at = at + 1
      return value + text.slice(start, at)
    }
    if (code < 0x20) return undefined
    if (code !== 92) continue
    value += text.slice(start, at)
    const escape = text[at + 1] ?? ''
    if (escape === 'u') {
      const hex = text.slice(at + 2, at + 6)
      if (!HEX4.test(hex)) return undefined
      value += String.fromCharCode(parseInt(hex, 16))
      at += 5
    } else {
      const decoded = ESCAPES[escape]
      if (decoded === undefined) return undefined
      value += decoded
      at += 1
    }
    start = at + 1
  }
  return undefined
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y
const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const

// The value node at the cursor, with `parent` set, or undefined when the text is not strict JSON there.
function readValue(cursor: Cursor, parent: Node | undefined): Mutable<Node> | undefined {
  const { text } = cursor
  const offset = cursor.at
  const code = text.charCodeAt(offset)
  if (code === 123 || code === 91) return readCollection(cursor, parent, code === 123)
  if (code === 34) {
    const value = readString(cursor)
    return value === undefined ? undefined : { type: 'string', offset, length: cursor.at - offset, parent, value } as Node
  }
  for (const [word, value] of LITERALS) {
    if (text.startsWith(word, offset)) {
      cursor.at = offset + word.length
      return { type: value === null ? 'null' : 'boolean', offset, length: word.length, parent, value } as Node
    }
  }
  NUMBER.lastIndex = offset
  const number = NUMBER.exec(text)
  if (!number) return undefined
  cursor.at = offset + number[0].length
  return { type: 'number', offset, length: number[0].length, parent, value: Number(number[0]) } as Node
}

function readCollection(cursor: Cursor, parent: Node | undefined, isObject: boolean): OpenNode | undefined {
  if (++cursor.depth > MAX_DEPTH) return undefined
  const { text } = cursor
  const node: OpenNode = { type: isObject ? 'object' : 'array', offset: cursor.at, length: -1, parent, children: [] }
  const close = isObject ? 125 : 93
  cursor.at++
  skipSpace(cursor)
  if (text.charCodeAt(cursor.at) !== close) {
    for (;;) {
      const child = isObject ? readProperty(cursor, node) : readValue(cursor, node)
      if (!child) return undefined
      node.children.push(child)
      skipSpace(cursor)
      const next = text.charCodeAt(cursor.at)
      if (next === close) break
      if (next !== 44) return undefined
      cursor.at++
      skipSpace(cursor)
    }
  }
  cursor.at++
  node.length = cursor.at - node.offset
  cursor.depth--
  return node
}

function readProperty(cursor: Cursor, parent: Node): OpenNode | undefined {
  const offset = cursor.at
  if (cursor.text.charCodeAt(offset) !== 34) return undefined
  const property: OpenNode = { type: 'property', offset, length: -1, parent, children: [] }
  const name = readString(cursor)
  if (name === undefined) return undefined
  property.children.push({ type: 'string', value: name, offset, length: cursor.at - offset, parent: property } as Node)
  skipSpace(cursor)
  if (cursor.text.charCodeAt(cursor.at) !== 58) return undefined
  property.colonOffset = cursor.at
  cursor.at++
  skipSpace(cursor)
  const value = readValue(cursor, property)
  if (!value) return undefined
  property.children.push(value)
  property.length = cursor.at - offset
  return property
}

/**
 * jsonc-parser's parseTree for strict JSON (RFC 8259, as JSON.parse reads it), node for node, in a fraction of its
 * time; undefined for anything else (comments, trailing commas, other white space, deep nesting, errors), which
 * the caller leaves to jsonc-parser and its error reports.
 */
export function parseJsonTree(text: string): Node | undefined {
  const cursor: Cursor = { text, at: 0, depth: 0 }
  skipSpace(cursor)
  const root = readValue(cursor, undefined)
  if (!root) return undefined
  skipSpace(cursor)
  if (cursor.at !== text.length) return undefined
  delete root.parent
  return root
}
