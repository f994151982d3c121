import { describe, expect, it } from 'vitest'
import { aSmallTopology } from '../layout/topology-fixture'
import { findableNodes, matchFindables, type Findable } from './find-nodes'

const pod = (name: string, namespace = 'default'): Findable => ({ id: `workload:${name}`, name, kind: 'workload', workloadKind: 'Pod', namespace })
const names = (found: Findable[]) => found.map((findable) => findable.name)

describe('findableNodes', () => {
  it('offers the workloads, NADs, bridges and NICs of the diagram, not the host or the cluster network', () => {
    const found = findableNodes(aSmallTopology().nodes)
    expect(found.map((f) => `${f.kind} ${f.name}`)).toEqual(['nic eth0', 'nic eth1', 'bridge br0', 'network br-net', 'network mv-net', 'workload a', 'workload b'])
    expect(found.find((f) => f.name === 'mv-net')).toMatchObject({ plugin: 'macvlan', namespace: 'default', id: 'network:mv-net' })
  })
})

describe('matchFindables', () => {
  const plant = [pod('line-10'), pod('line-1'), pod('cam-line-1'), pod('line-12', 'team-b'), pod('LINE-1-b')]

  it('puts the exact name first, then names that start with the query, then names that contain it, shorter first', () => {
    expect(names(matchFindables(plant, 'line-1', 10))).toEqual(['line-1', 'line-10', 'line-12', 'LINE-1-b', 'cam-line-1'])
  })

  it('ignores case and the spaces around the query, and finds by namespace/name', () => {
    expect(names(matchFindables(plant, '  Line-1-B ', 10))).toEqual(['LINE-1-b'])
    expect(names(matchFindables(plant, 'team-b/line', 10))).toEqual(['line-12'])
  })

  it('finds nothing for a name no node has, and keeps to the limit', () => {
    expect(matchFindables(plant, 'router', 10)).toEqual([])
    expect(matchFindables(plant, 'line', 2)).toHaveLength(2)
    expect(matchFindables(plant, '', 3)).toHaveLength(3)
  })
})
