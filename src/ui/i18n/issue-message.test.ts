import { beforeAll, describe, expect, it } from 'vitest'
import { formatIssue } from '../../core'
import { i18n, initialLanguage, loadLanguage } from './i18n'
import { issueMessage } from './issue-message'

const issue = { code: 'host-local.subnet-invalid-cidr', params: { value: '10.1.1.0/33' } }

describe('issue messages by code', () => {
  beforeAll(() => loadLanguage('ja'))

  it('are the core catalogue text in English', () => {
    expect(issueMessage(issue, i18n.t, 'en')).toBe(formatIssue(issue))
  })

  it('are translated with their parameters in Japanese', () => {
    const text = issueMessage(issue, i18n.t, 'ja')
    expect(text).toContain('10.1.1.0/33')
    expect(text).toContain('サブネット')
    expect(text).not.toContain('{value}')
  })

  it('fall back to English for a code without a Japanese message', () => {
    const unknown = { code: 'made.up-code', params: {} }
    expect(issueMessage(unknown, i18n.t, 'ja')).toBe(formatIssue(unknown))
  })
})

describe('the starting language', () => {
  it.each([
    [null, ['ja-JP', 'en'], 'ja'],
    [null, ['en-US'], 'en'],
    [null, ['fr'], 'en'],
    [null, [], 'en'],
    ['en', ['ja'], 'en'],
    ['ja', ['en'], 'ja'],
    ['xx', ['ja'], 'ja'],
  ] as const)('stored %s with browser %j starts in %s', (stored, browser, expected) => {
    expect(initialLanguage(stored, browser)).toBe(expected)
  })
})

describe('counted UI strings', () => {
  it.each([[1, '1 error'], [2, '2 errors'], [0, '0 errors']])('%i → "%s"', (count, text) => {
    expect(i18n.t('nav.errors', { count, lng: 'en' })).toBe(text)
  })

  it('Japanese has one form for every count', () => {
    expect(i18n.t('nav.errors', { count: 1, lng: 'ja' })).toBe('エラー 1 件')
    expect(i18n.t('nav.errors', { count: 3, lng: 'ja' })).toBe('エラー 3 件')
  })
})
