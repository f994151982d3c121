import { describe, expect, it } from 'vitest'
import { interfaceNamesFor } from './interface-names'

describe('interfaceNamesFor', () => {
  it.each([
    { attachments: [{ network: 'a' }, { network: 'b' }], names: ['net1', 'net2'] },
    { attachments: [{ network: 'a', interface: 'macvlan1' }, { network: 'b' }], names: ['macvlan1', 'net2'] },
    { attachments: [{ network: 'a', interface: '' }], names: ['net1'] },
  ])('numbers by position without closing up, honouring requests: $names', ({ attachments, names }) => {
    expect(interfaceNamesFor(attachments)).toEqual(names)
  })
})
