import { describe, expect, it } from 'vitest'
import { ISSUE_CATALOGUE } from '../../core'
import { jaIssues } from './ja-issues'

function slots(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort()
}

describe('Japanese issue messages', () => {
  const codes = Object.keys(ISSUE_CATALOGUE)

  it.each(codes)('%s has a Japanese message with the same {param} slots', (code) => {
    const ja = jaIssues[code]
    expect(ja, `add '${code}' to src/ui/i18n/ja-issues.ts`).toBeTypeOf('string')
    expect(slots(ja ?? '')).toEqual(slots(ISSUE_CATALOGUE[code]?.message ?? ''))
  })

  it('has no message for a code the catalogue no longer has', () => {
    expect(Object.keys(jaIssues).filter((code) => !(code in ISSUE_CATALOGUE))).toEqual([])
  })
})
