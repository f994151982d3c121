import { describe, expect, it } from 'vitest'
import { emptyProject } from '../../core'
import { parseSavedSelection } from './saved-selection'

const project = { ...emptyProject(), networks: [{ id: 'n1', name: 'lan', namespace: 'default' }] }

describe('the remembered selection', () => {
  it('comes back when its object still exists', () => {
    expect(parseSavedSelection('{"kind":"network","id":"n1"}', project)).toEqual({ kind: 'network', id: 'n1' })
  })

  it.each([null, '', '{oops', '{"kind":"network","id":"gone"}', '{"kind":"workload","id":"n1"}', '42'])('is dropped for %s', (text) => {
    expect(parseSavedSelection(text, project)).toEqual({ kind: 'none' })
  })
})
