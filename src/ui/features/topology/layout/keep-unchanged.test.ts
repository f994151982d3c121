import { describe, expect, it } from 'vitest'
import { isSameContent, keepUnchanged } from './keep-unchanged'

const node = (id: string, name: string, x = 0) => ({ id, position: { x, y: 0 }, data: { name, marks: [{ code: 'a', params: { n: 1 } }] } })

describe('keepUnchanged', () => {
  it('keeps the object on the canvas for an element whose content did not change, and takes the new one otherwise', () => {
    const before = [node('a', 'lan'), node('b', 'wan')]
    const current = [{ ...node('a', 'lan', 40), selected: true }, node('b', 'wan')]
    const next = [node('a', 'lan'), node('b', 'wan-2'), node('c', 'new')]
    const kept = keepUnchanged(before, current, next)
    expect(kept[0]).toBe(current[0])
    expect(kept[1]).toBe(next[1])
    expect(kept[2]).toBe(next[2])
  })

  it('gives back the canvas as it is when nothing changed', () => {
    const before = [node('a', 'lan'), node('b', 'wan')]
    const current = [{ ...node('a', 'lan', 40), selected: true }, node('b', 'wan')]
    expect(keepUnchanged(before, current, [node('a', 'lan'), node('b', 'wan')])).toBe(current)
    expect(keepUnchanged(before, current, [node('b', 'wan'), node('a', 'lan')])).not.toBe(current)
  })

  it('keeps the data of an element that only moved', () => {
    const before = [node('a', 'lan')]
    const moved = keepUnchanged(before, before, [node('a', 'lan', 10)])[0]
    expect(moved?.position.x).toBe(10)
    expect(moved?.data).toBe(before[0]?.data)
    expect(keepUnchanged(before, before, [node('a', 'wan', 10)])[0]?.data.name).toBe('wan')
  })

  it('takes the new element when the layout moved it, or when it is not on the canvas', () => {
    const before = [node('a', 'lan')]
    expect(keepUnchanged(before, before, [node('a', 'lan', 10)])[0]).not.toBe(before[0])
    const next = [node('a', 'lan')]
    expect(keepUnchanged(before, [], next)[0]).toBe(next[0])
  })
})

describe('isSameContent', () => {
  it('compares nested objects and arrays by content', () => {
    expect(isSameContent({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true)
    expect(isSameContent({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false)
    expect(isSameContent({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(isSameContent([1, 2], { 0: 1, 1: 2 })).toBe(false)
    expect(isSameContent(null, {})).toBe(false)
  })
})
