import { describe, expect, it } from 'vitest'
import { validateProjectName } from './project-name'

describe('validateProjectName', () => {
  it('accepts a new name, trimmed', () => {
    expect(validateProjectName('  Site B ', ['Lab'])).toBeUndefined()
  })

  it.each([
    ['an empty name', '   ', { code: 'empty' }],
    ['the name of another project', 'Lab ', { code: 'taken', name: 'Lab' }],
    ['a name too long for the header', 'x'.repeat(81), { code: 'too-long', max: 80 }],
  ])('rejects %s', (_, name, problem) => {
    expect(validateProjectName(name, ['Lab'])).toEqual(problem)
  })
})
