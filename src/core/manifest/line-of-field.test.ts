import { describe, expect, it } from 'vitest'
import { importYaml } from './import-yaml'
import { lineOfField } from './line-of-field'

const nad = (config: string) => `# first\n---\napiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: a\nspec:\n  config: ${config}\n`
const pod = (annotation: string) => `# first\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    k8s.v1.cni.cncf.io/networks: ${annotation}\nspec:\n  containers: []\n`

function linesOf(text: string, fields: string[]): number[] {
  const { origins } = importYaml(text)
  const origin = Object.values(origins)[0]
  if (!origin) throw new Error('nothing imported')
  return fields.map((field) => lineOfField(origin, field))
}

describe('lineOfField', () => {
  it('puts every field of a one-line config on the config line, present or not', () => {
    const config = `'{"cniVersion": "0.4.0", "type": "bridge", "ipam": {"type": "host-local"}}'`
    expect(linesOf(nad(config), ['config', 'config.ipam.type', 'config.ipam.subnet', 'config.mtu'])).toEqual([8, 8, 8, 8])
  })

  it('puts a field of a block config on its own line, a missing one on its nearest parent (the block itself for a top-level key)', () => {
    const config = `|\n    {\n      "cniVersion": "0.4.0",\n      "type": "bridge",\n      "ipam": {\n        "type": "host-local"\n      }\n    }`
    expect(linesOf(nad(config), ['config.ipam.type', 'config.ipam.subnet', 'config.mtu', 'name'])).toEqual([13, 12, 9, 6])
  })

  it('puts attachment fields of a one-line JSON annotation on its line, other fields on theirs', () => {
    const annotation = `'[{"name": "lan-a", "ips": ["10.1.1.5/24"]}, {"name": "lan-b"}]'`
    expect(linesOf(pod(annotation), ['attachments.0.ips.0', 'attachments.1.mac', 'attachments', 'manifest.spec', 'name'])).toEqual([8, 8, 8, 3, 6])
  })

  it('puts attachment fields of a multi-line JSON annotation on their own lines', () => {
    const annotation = `|\n      [\n        {"name": "lan-a",\n         "ips": ["10.1.1.5/24"]},\n        {"name": "lan-b"}\n      ]`
    expect(linesOf(pod(annotation), ['attachments.0.ips.0', 'attachments.1', 'attachments.1.mac', 'attachments.2'])).toEqual([11, 12, 12, 9])
  })
})
