import { describe, expect, it } from 'vitest'
import { isEditOf } from './same-design'

const ids = (...names: string[]) => new Set(names)

describe('isEditOf', () => {
  it('takes the first design, or one after an empty canvas, as new', () => {
    expect(isEditOf(undefined, ids('a'))).toBe(false)
    expect(isEditOf(ids(), ids('a'))).toBe(false)
  })

  it('takes a design keeping at least half of the nodes, and mostly made of them, as an edit', () => {
    expect(isEditOf(ids('a', 'b', 'c', 'd'), ids('a', 'b', 'c', 'x'))).toBe(true)
    expect(isEditOf(ids('a', 'b'), ids('a', 'b', 'c'))).toBe(true)
  })

  it('takes a large import into a nearly empty design as another design', () => {
    expect(isEditOf(ids('cluster'), ids('cluster', 'a', 'b', 'c'))).toBe(false)
  })

  it('takes a design keeping less than half of the nodes as another design', () => {
    expect(isEditOf(ids('a', 'b', 'c'), ids('a', 'x', 'y'))).toBe(false)
    expect(isEditOf(ids('a', 'b'), ids('x'))).toBe(false)
  })
})
