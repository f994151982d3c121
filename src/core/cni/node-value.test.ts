import { describe, expect, it } from 'vitest'
import { setOwn } from './node-value'

describe('setOwn sets an own data property', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'plain'])('for the key %s', (key) => {
    const target: Record<string, unknown> = {}
    setOwn(target, key, { x: 1 })
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(target, key)).toEqual({ value: { x: 1 }, enumerable: true, writable: true, configurable: true })
    expect(JSON.stringify(target)).toBe(`{"${key}":{"x":1}}`)
  })
})
