import type { Node } from 'jsonc-parser'

/** Sets a key as an own property, so a JSON key `__proto__` stays data instead of replacing the prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
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
