import { describe, expect, it } from 'vitest'
import type { Network, Workload } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aPod, aProject, attach } from './test-builders'
import { validateNetworkReferences } from './validate-network-references'

const lan = aBridgeNetwork({}, { name: 'lan', namespace: 'apps' })
const shared = aBridgeNetwork({}, { name: 'shared', namespace: 'infra' })
const noConfig: Network = { id: 'nc', name: 'from-file', namespace: 'apps' }
const broken: Network = { id: 'br', name: 'broken', namespace: 'apps', configText: '{"type":"bridge",' }
const emptyList: Network = { id: 'el', name: 'empty-list', namespace: 'apps', conflist: { chain: [] } }

function findings(workload: Workload) {
  const index = buildProjectIndex(aProject([lan, shared, noConfig, broken, emptyList], [workload]))
  return validateNetworkReferences(index).map((issue) => [issue.code, issue.field])
}

describe('R-NAD-MISSING / R-NAMESPACE: references resolve in the pod namespace unless they name one', () => {
  it.each<[string, Workload]>([
    ['a NAD in the pod namespace', aPod([attach('lan')], { namespace: 'apps' })],
    ['a NAD whose conflist has no plugins (reported on the NAD)', aPod([attach('empty-list')], { namespace: 'apps' })],
    ['an explicit namespace equal to the pod namespace', aPod([attach('lan', { namespace: 'apps' })], { namespace: 'apps' })],
  ])('accepts %s', (_, workload) => {
    expect(findings(workload)).toEqual([])
  })

  it.each<[string, Workload, [string, string][]]>([
    ['a NAD that exists nowhere', aPod([attach('nope')], { namespace: 'apps' }), [['attachment.network-not-found', 'attachments.0.network']]],
    ['a NAD that exists only in another namespace', aPod([attach('shared')], { namespace: 'apps' }),
      [['attachment.network-in-other-namespace', 'attachments.0.network']]],
    ['a wrong explicit namespace', aPod([attach('lan', { namespace: 'infra' })], { namespace: 'apps' }),
      [['attachment.network-in-other-namespace', 'attachments.0.network']]],
    ['a cross-namespace reference (warning)', aPod([attach('shared', { namespace: 'infra' })], { namespace: 'apps' }),
      [['attachment.cross-namespace-reference', 'attachments.0.namespace']]],
    ['a NAD without spec.config', aPod([attach('from-file')], { namespace: 'apps' }),
      [['attachment.network-has-no-config', 'attachments.0.network']]],
    ['a NAD whose spec.config is not JSON', aPod([attach('broken')], { namespace: 'apps' }),
      [['attachment.network-config-unparseable', 'attachments.0.network']]],
  ])('flags %s', (_, workload, expected) => {
    expect(findings(workload)).toEqual(expected)
  })
})
