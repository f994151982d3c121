import { describe, expect, it } from 'vitest'
import { importYaml } from './import-yaml'
import { lineOfField } from './line-of-field'
import { mergeImports } from './merge-imports'

const nad = `apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata:
  name: lan-a
spec:
  config: |
    {
      "cniVersion": "0.4.0",
      "plugins": [
        {
          "type": "macvlan",
          "master": "eth1",
          "ipam": {"type": "host-local", "ranges": [[{"subnet": "10.1.1.0/24", "rangeStart": "10.1.1.10"}]]}
        }
      ]
    }
`

describe('lineOfField', () => {
  const result = importYaml(nad, { source: 'a.yaml' })
  const origin = result.origins['network:default/lan-a']
  if (!origin) throw new Error('no origin')

  it.each([
    ['config.master', 12],
    ['config.ipam.ranges.0.0.rangeStart', 13],
    ['config.cniVersion', 8],
    ['config.extra.unknownThing', 7],
    ['name', 4],
    ['', 1],
  ])('places %s on line %i', (field, line) => {
    expect(lineOfField(origin, field)).toBe(line)
  })
})

describe('mergeImports', () => {
  it('keeps every object and renames repeated ids, findings and origins with them', () => {
    const merged = mergeImports([importYaml(nad, { source: 'a.yaml' }), importYaml(`${nad}  extra: x\n`, { source: 'b.yaml' })])
    expect(merged.project.networks.map((n) => n.id)).toEqual(['network:default/lan-a', 'network:default/lan-a#2'])
    expect(merged.origins['network:default/lan-a#2']?.source).toBe('b.yaml')
  })
})
