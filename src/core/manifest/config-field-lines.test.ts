import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCniConfigTree } from '../cni/parse-cni-config'
import { configFieldOffsets } from './config-field-lines'

const CONFIGS = [
  '{\n  "cniVersion": "0.3.1",\n  "type": "bridge",\n  "ipam": { "type": "host-local", "ranges": [[{ "subnet": "10.1.1.0/24" }]] }\n}',
  '{"cniVersion":"1.0.0","name":"n","plugins":[{"type":"macvlan","master":"eth1","ipam":{"type":"static"}},{"type":"tuning"}]}',
  '{"type":"bridge","Bridge":"br1","bridge":"br2","extra":{"x":1}}',
  '[1, 2]',
]

describe('configFieldOffsets reuses the strict parse tree', () => {
  it.each(CONFIGS)('and finds the same offsets as its own parse for %s', (text) => {
    const { root } = parseCniConfigTree(text)
    expect(root).toBeDefined()
    expect(configFieldOffsets(text, root)).toEqual(configFieldOffsets(text))
  })
  it('on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const { root } = parseCniConfigTree(text)
        expect(configFieldOffsets(text, root)).toEqual(configFieldOffsets(text))
      }),
    )
  })
})
