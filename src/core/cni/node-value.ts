import type { Node } from 'jsonc-parser'

/** Sets a key as an own property, so a JSON key `__proto__` stays data instead of replacing the prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // Only `__proto__` is an accessor on Object.prototype; every other key assigns as a plain data property.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

/** Where a parse-tree node sits in the text, for an issue's offset/length. */
export function nodeSpan(node: Node): { offset: number; length: number } {
  return { offset: node.offset, length: node.length }
}

/** The JSON kind of a node as Go names it in decoding errors (`bool`, `string`, `number`, `object`, `array`, `null`). */
export function jsonKind(node: Node): string {
  return node.type === 'boolean' ? 'bool' : node.type
}

/** The plain JSON value of a parse-tree node; duplicate keys resolve to the last one, as in Go. */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {}
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? []
        if (keyNode && valueNode) setOwn(object, String(keyNode.value), nodeValue(valueNode))
      }
      return object
    }
    case 'array':
      return (node.children ?? []).map(nodeValue)
    default:
      return node.value
  }
}
