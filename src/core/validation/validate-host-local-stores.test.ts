import { describe, expect, it } from 'vitest'
import type { Network } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aProject, hostLocal } from './test-builders'
import { validateHostLocalStores } from './validate-host-local-stores'

const nad = (name: string, subnet: string, extra: { cniName?: string; namespace?: string; dataDir?: string; rangeStart?: string; rangeEnd?: string } = {}) =>
  aBridgeNetwork(
    { name: extra.cniName, ipam: hostLocal(subnet, { dataDir: extra.dataDir, rangeStart: extra.rangeStart, rangeEnd: extra.rangeEnd }) },
    { name, namespace: extra.namespace },
  )

function findings(...networks: Network[]) {
  return validateHostLocalStores(buildProjectIndex(aProject(networks)))
    .map((issue) => [issue.code, issue.target.kind === 'network' ? issue.target.id : '', issue.field])
}

describe('R-SUBNET-OVERLAP / R-NAME-INJECT: overlapping host-local pools share a store, and a store stays in one namespace', () => {
  it.each<[string, Network[]]>([
    ['disjoint subnets', [nad('a', '10.1.1.0/24'), nad('b', '10.1.2.0/24'), nad('c', 'fd00:1::/64'), nad('d', 'fd00:2::/64')]],
    ['one subnet split into disjoint ranges', [
      nad('a', '10.1.1.0/24', { rangeStart: '10.1.1.10', rangeEnd: '10.1.1.100' }),
      nad('b', '10.1.1.0/24', { rangeStart: '10.1.1.101', rangeEnd: '10.1.1.200' }),
    ]],
    ['an IPv4 and an IPv6 subnet with equal numbers', [nad('a', '0.0.0.0/8'), nad('b', '::/104')]],
  ])('accepts %s', (_, networks) => {
    expect(findings(...networks)).toEqual([])
  })

  it.each<[string, Network[], [string, string, string][]]>([
    ['overlapping subnets with different CNI names', [nad('a', '10.1.0.0/16'), nad('b', '10.1.5.0/24')],
      [['host-local.subnets-overlap-with-separate-stores', 'default/b', 'config.ipam.subnet']]],
    ['the same subnet, same name, different dataDir', [nad('a', '10.1.1.0/24', { cniName: 'lan' }), nad('b', '10.1.1.0/24', { cniName: 'lan', dataDir: '/var/lib/other' })],
      [['host-local.subnets-overlap-with-separate-stores', 'default/b', 'config.ipam.subnet']]],
    ['the same subnet with one CNI name (info: shared store)', [nad('a', '10.1.1.0/24', { cniName: 'lan' }), nad('b', '10.1.1.0/24', { cniName: 'lan' })],
      [['host-local.store-shared', 'default/b', 'config.ipam']]],
    ['an overlap hidden behind a longer span of the same store', [
      nad('a', '10.0.0.0/8', { cniName: 'big' }), nad('b', '10.1.0.0/16'), nad('c', '10.1.1.0/24', { cniName: 'big' }),
    ], [
      ['host-local.subnets-overlap-with-separate-stores', 'default/b', 'config.ipam.subnet'],
      ['host-local.store-shared', 'default/c', 'config.ipam'],
      ['host-local.subnets-overlap-with-separate-stores', 'default/c', 'config.ipam.subnet'],
    ]],
    ['overlapping IPv6 subnets', [nad('a', 'fd00::/48'), nad('b', 'fd00:0:0:1::/64')],
      [['host-local.subnets-overlap-with-separate-stores', 'default/b', 'config.ipam.subnet']]],
    ['one NAD name in two namespaces without config.name', [nad('lan', '10.1.1.0/24', { namespace: 'a' }), nad('lan', '10.2.2.0/24', { namespace: 'b' })],
      [['host-local.store-shared-across-namespaces', 'b/lan', 'config.name']]],
  ])('flags %s', (_, networks, expected) => {
    expect(findings(...networks)).toEqual(expected)
  })
})
