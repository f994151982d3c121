import fc from 'fast-check'
import { parseTree, type Node, type ParseError } from 'jsonc-parser'
import { describe, expect, it } from 'vitest'
import { parseJsonTree } from './parse-json-tree'

// The tree as plain data, parents written as the path of their node, so two trees compare with toEqual.
function describeTree(node: Node, path = 'root', parentPath?: string): unknown {
  return {
    keys: Object.keys(node),
    type: node.type,
    offset: node.offset,
    length: node.length,
    colonOffset: node.colonOffset,
    value: Object.is(node.value, -0) ? '-0' : node.value,
    parent: node.parent === undefined ? parentPath === undefined ? 'none' : 'missing' : parentPath,
    children: node.children?.map((child, index) => describeTree(child, `${path}.${index}`, path)),
  }
}

function jsoncTree(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  return { root, errors }
}

// JSON texts as configs are written: any value, any indentation, keys that repeat or need escapes.
const jsonText = fc.tuple(fc.jsonValue(), fc.constantFrom(undefined, 0, 1, 2, '\t', ' \r\n ')).map(([value, space]) => JSON.stringify(value, null, space))
const escapedText = fc.array(fc.string({ unit: 'binary' }), { maxLength: 4 }).map((keys) => `{${keys.map((key, i) => `${JSON.stringify(key)}:${i % 2 ? '1.5e-3' : '[true,false,null,-0]'}`).join(',')}}`)
// Near misses: a character inserted, removed or replaced anywhere.
const damaged = fc
  .tuple(fc.oneof(jsonText, escapedText), fc.nat(), fc.constantFrom('', ',', '//', '/*x*/', '\v', '\u00a0', '01', '1.', '1e', '-', '"', '\\x', '\\u12', 'tru', ']', '}', '\u0001', '\u001f', '\uFEFF'), fc.boolean())
  .map(([text, at, insert, replace]) => {
    const position = text.length === 0 ? 0 : at % text.length
    return text.slice(0, position) + insert + text.slice(position + (replace ? 1 : 0))
  })

describe('parseJsonTree', () => {
  it('gives jsonc-parser’s tree for every strict JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(jsonText, escapedText), (text) => {
        const tree = parseJsonTree(text)
        const { root, errors } = jsoncTree(text)
        expect(errors).toEqual([])
        expect(tree).toBeDefined()
        expect(describeTree(tree as Node)).toEqual(describeTree(root as Node))
      }),
      { numRuns: 500 },
    )
  })

  it('leaves every text jsonc-parser finds an error in to jsonc-parser, and agrees on the rest', () => {
    fc.assert(
      fc.property(damaged, (text) => {
        const tree = parseJsonTree(text)
        const { root, errors } = jsoncTree(text)
        if (errors.length > 0 || root === undefined) expect(tree).toBeUndefined()
        else if (tree) expect(describeTree(tree)).toEqual(describeTree(root))
      }),
      { numRuns: 2000 },
    )
  })

  it('leaves configs nested deeper than it reads to jsonc-parser', () => {
    expect(parseJsonTree(`${'['.repeat(300)}${']'.repeat(300)}`)).toBeUndefined()
    expect(parseJsonTree(`${'['.repeat(200)}${']'.repeat(200)}`)).toBeDefined()
  })

  it('refuses what JSON.parse refuses', () => {
    for (const text of ['', ' ', '{"a":1,}', '[1,]', '{"a" 1}', '{a:1}', "{'a':1}", '[01]', '[1.]', '[.5]', '[+1]', '"\t"', 'nul', 'true false', '{"a":1}//']) {
      expect(parseJsonTree(text), text).toBeUndefined()
    }
  })
})
