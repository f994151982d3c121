import { describe, expect, it } from 'vitest'
import { nearMissKey } from './near-miss-key'

const HOST_LOCAL = ['type', 'subnet', 'rangeStart', 'rangeEnd', 'gateway', 'ranges', 'routes', 'dataDir']

describe('nearMissKey suggests the known key an unknown key was meant to be', () => {
  it.each([
    ['another spelling of the same letters', 'range_end', [], 'rangeEnd'],
    ['a typo', 'subent', [], 'subnet'],
    ['two typos in a long key', 'rangestrat', [], 'rangeStart'],
    ['the one missing sibling with the same first words', 'rangeStop', ['subnet', 'rangeStart'], 'rangeEnd'],
    ['a sibling whatever the case', 'RANGE_STOP', ['rangeStart'], 'rangeEnd'],
  ])('%s: %s → %s', (_, key, present, suggestion) => {
    expect(nearMissKey(HOST_LOCAL, key, present)).toBe(suggestion)
  })

  it.each([
    ['an unrelated key', 'foo', ['subnet']],
    ['a short key', 'gw', []],
    ['a sibling when two are missing (rangeStop could be either)', 'rangeStop', ['subnet']],
    ['a sibling that is already there', 'rangeStop', ['rangeStart', 'rangeEnd']],
    ['a sibling of another length', 'rangeStopAddress', ['rangeStart']],
  ])('nothing for %s', (_, key, present) => {
    expect(nearMissKey(HOST_LOCAL, key, present)).toBeUndefined()
  })

  it('suggests no sibling when the present keys are not known (list level)', () => {
    expect(nearMissKey(HOST_LOCAL, 'rangeStop')).toBeUndefined()
  })
})
