import { describe, expect, it } from 'vitest'
import type { LibraryIndex } from './library-format'
import { mergeLibraryIndex } from './merge-library-index'

const index = (currentId: string, ...entries: [string, string][]): LibraryIndex => ({ currentId, projects: entries.map(([id, name]) => ({ id, name })) })
const base = index('a', ['a', 'A'], ['b', 'B'])

describe('mergeLibraryIndex', () => {
  it('keeps a project the other tab created, and one created here, each after the project it followed', () => {
    const mine = index('c', ['a', 'A'], ['c', 'C'], ['b', 'B'])
    const theirs = index('d', ['a', 'A'], ['b', 'B'], ['d', 'D'])
    expect(mergeLibraryIndex(base, mine, theirs)).toEqual(index('c', ['a', 'A'], ['c', 'C'], ['b', 'B'], ['d', 'D']))
  })

  it('keeps the deletions of both tabs', () => {
    const mine = index('b', ['b', 'B'])
    const theirs = index('a', ['a', 'A'])
    expect(mergeLibraryIndex(base, mine, theirs)).toEqual(index('b'))
  })

  it('keeps a rename from either tab, and takes this tab\'s name when both renamed the same project', () => {
    const mine = index('a', ['a', 'A here'], ['b', 'B'])
    const theirs = index('a', ['a', 'A there'], ['b', 'B there'])
    expect(mergeLibraryIndex(base, mine, theirs)).toEqual(index('a', ['a', 'A here'], ['b', 'B there']))
  })

  it('does not bring back a project the other tab deleted, even if this tab renamed it', () => {
    const mine = index('a', ['a', 'A'], ['b', 'B2'])
    const theirs = index('a', ['a', 'A'])
    expect(mergeLibraryIndex(base, mine, theirs)).toEqual(index('a', ['a', 'A']))
  })

  it('gives a project created here another name when the other tab created one of the same name', () => {
    const mine = index('c', ['a', 'A'], ['b', 'B'], ['c', 'New'])
    const theirs = index('d', ['a', 'A'], ['b', 'B'], ['d', 'New'])
    expect(mergeLibraryIndex(base, mine, theirs)).toEqual(index('c', ['a', 'A'], ['b', 'B'], ['c', 'New 2'], ['d', 'New']))
  })

  it('appends a project created here after one the other tab deleted', () => {
    const mine = index('c', ['a', 'A'], ['b', 'B'], ['c', 'C'])
    const theirs = index('a', ['a', 'A'], ['x', 'X'])
    expect(mergeLibraryIndex(base, mine, theirs)).toEqual(index('c', ['a', 'A'], ['x', 'X'], ['c', 'C']))
  })

  it('is this tab\'s index when the other tab changed nothing', () => {
    const mine = index('b', ['a', 'A renamed'], ['c', 'C'])
    expect(mergeLibraryIndex(base, mine, base)).toEqual(mine)
  })
})
