import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shareUnchanged } from './share-unchanged'

describe('shareUnchanged', () => {
  const previous = { name: 'lan', config: { type: 'bridge', bridge: 'br0', ipam: { type: 'host-local', ranges: [[{ subnet: '10.0.0.0/24' }]] } } }

  it('gives back the previous object when nothing differs', () => {
    expect(shareUnchanged(previous, structuredClone(previous))).toBe(previous)
  })

  it('keeps the untouched parts of a changed object and takes the changed values', () => {
    const next = structuredClone(previous)
    next.config.bridge = 'br0a'
    const shared = shareUnchanged(previous, next)
    expect(shared).toEqual(next)
    expect(shared).not.toBe(previous)
    expect(shared.config).not.toBe(previous.config)
    expect(shared.config.ipam).toBe(previous.config.ipam)
  })

  it('treats an added, removed or undefined key as a change', () => {
    const added = { ...structuredClone(previous), namespace: 'default' }
    expect(shareUnchanged<Record<string, unknown>>(previous, added)).toEqual(added)
    const { name: _name, ...removed } = structuredClone(previous)
    const shared = shareUnchanged<Record<string, unknown>>(previous, removed)
    expect(shared).toEqual(removed)
    expect(shared.config).toBe(previous.config)
    expect(shareUnchanged<Record<string, unknown>>({ a: 1 }, { a: 1, b: undefined })).toHaveProperty('b')
  })

  it('shares array items by position and notices a longer or shorter array', () => {
    const before = [{ subnet: 'a' }, { subnet: 'b' }]
    const longer = shareUnchanged(before, [{ subnet: 'a' }, { subnet: 'b' }, { subnet: 'c' }])
    expect(longer).toHaveLength(3)
    expect(longer[0]).toBe(before[0])
    const shorter = shareUnchanged(before, [{ subnet: 'a' }])
    expect(shorter).toEqual([{ subnet: 'a' }])
    expect(shorter[0]).toBe(before[0])
  })

  it('takes the next value where the kinds differ', () => {
    expect(shareUnchanged<unknown>({ a: 1 }, [1])).toEqual([1])
    expect(shareUnchanged<unknown>([1], { 0: 1 })).toEqual({ 0: 1 })
    expect(shareUnchanged<unknown>('1', 1)).toBe(1)
    expect(shareUnchanged<unknown>(undefined, { a: 1 })).toEqual({ a: 1 })
  })

  it('gives new objects on the path to what changed, and keeps the rest', () => {
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
