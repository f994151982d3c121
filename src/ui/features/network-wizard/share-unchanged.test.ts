import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shareUnchanged } from './share-unchanged'

describe('shareUnchanged', () => {
  it('keeps the parts a change did not touch and gives new objects on the path to what changed', () => {
    const ipam = { type: 'host-local', ranges: [[{ subnet: '10.0.0.0/24' }]] }
    const before = { name: 'a', config: { type: 'bridge', bridge: 'br0', ipam }, tags: [1, 2] }
    const after = { name: 'a', config: { type: 'bridge', bridge: 'br01', ipam: structuredClone(ipam) }, tags: [1, 2] }
    const shared = shareUnchanged(before, after)
    expect(shared).toEqual(after)
    expect(shared).not.toBe(before)
    expect(shared.config).not.toBe(before.config)
    expect(shared.config.ipam).toBe(ipam)
    expect(shared.tags).toBe(before.tags)
  })

  it('gives the previous value itself when nothing changed', () => {
    const before = { a: [{ b: 1 }], c: 'x' }
    expect(shareUnchanged(before, structuredClone(before))).toBe(before)
  })

  it('does not reuse an object whose keys come in another order (the YAML keeps the order of the form)', () => {
    const shared = shareUnchanged({ a: 1, b: 2 }, { b: 2, a: 1 })
    expect(Object.keys(shared)).toEqual(['b', 'a'])
  })

  it('always gives a value deep-equal to the next one, keys in the same order', () => {
    const json = fc.jsonValue({ maxDepth: 4 })
    fc.assert(fc.property(json, json, (previous, next) => {
      const shared = shareUnchanged(previous, next)
      expect(JSON.stringify(shared)).toBe(JSON.stringify(next))
    }), { numRuns: 500 })
    fc.assert(fc.property(json, (value) => {
      expect(shareUnchanged(value, structuredClone(value))).toBe(value)
    }), { numRuns: 200 })
  })
})
