import { describe, expect, it } from 'vitest'
import { isModelDerivedIssue } from './is-model-derived-issue'
import { parseCniConfig } from './parse-cni-config'
import { validateNetworkConfig } from './validate-network-config'
import { aNodeContext } from './network-builders'

describe('isModelDerivedIssue marks parse findings that validation reports again', () => {
  it.each([
    '{"cniVersion":"1.0.0","type":"tuning"}',
    '{"cniVersion":"1.0.0","type":"bridge","mode":"bridge","is_gateway":true,"args":{},"ipam":{"type":"whereabouts"}}',
    '{"cniVersion":"1.0.0","type":"macvlan","master":"eth1","ipam":{"type":"host-local","subnet":"10.1.1.0/24","foo":1,"routes":[{"dst":"0.0.0.0/0","x":1}]}}',
    '{"cniVersion":"1.0.0","plugins":[{"type":"bridge"},{"type":"sbr"}]}',
  ])('%s', (text) => {
    const parsed = parseCniConfig(text)
    const network = { id: 'n', name: 'n', namespace: 'default', config: parsed.config, conflist: parsed.conflist }
    const validated = new Set(validateNetworkConfig(network, aNodeContext()).map((i) => `${i.code} ${i.field}`))
    for (const issue of parsed.issues) {
      expect(validated.has(`${issue.code} ${issue.field}`)).toBe(isModelDerivedIssue(issue))
    }
  })
})
