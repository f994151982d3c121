import { describe, expect, it } from 'vitest'
import { emptyProject, type Network, type Project } from '../../core'
import { addImportedProject, deleteNetwork, duplicateNetwork, duplicateWorkload, freeNetworkName, removePassThrough, replaceNetwork } from './project-edits'

function aMacvlanNetwork(overrides: Partial<Network> = {}): Network {
  return { id: 'n1', name: 'lan-a', namespace: 'default', config: { type: 'macvlan', cniVersion: '1.0.0', master: 'eth1' }, ...overrides }
}

function aProject(networks: Network[]): Project {
  return { ...emptyProject(), networks }
}

describe('project edits', () => {
  it('duplicating a network puts the copy right after it, under a new id and a free name', () => {
    const project = aProject([aMacvlanNetwork(), aMacvlanNetwork({ id: 'n2', name: 'other' })])
    const next = duplicateNetwork(project, 'n1', 'n3')
    expect(next.networks.map((n) => [n.id, n.name])).toEqual([['n1', 'lan-a'], ['n3', 'lan-a-copy'], ['n2', 'other']])
    expect(project.networks).toHaveLength(2)
  })

  it('duplicating renames the CNI name too when the original sets one', () => {
    const project = aProject([aMacvlanNetwork({ config: { type: 'macvlan', name: 'lan-a', master: 'eth1' } })])
    const copy = duplicateNetwork(project, 'n1', 'n2').networks[1]
    expect(copy?.config).toMatchObject({ name: 'lan-a-copy', master: 'eth1' })
  })

  it('a duplicate is a deep copy', () => {
    const project = aProject([aMacvlanNetwork()])
    const next = duplicateNetwork(project, 'n1', 'n2')
    expect(next.networks[1]?.config).not.toBe(next.networks[0]?.config)
  })

  it('free names count up within the namespace only', () => {
    const project = aProject([aMacvlanNetwork({ name: 'a-copy' }), aMacvlanNetwork({ id: 'x', name: 'a-copy-2' })])
    expect(freeNetworkName(project, 'a', 'default')).toBe('a-copy-3')
    expect(freeNetworkName(project, 'a', 'other')).toBe('a-copy')
  })

  it('replace and delete touch only the network with that id', () => {
    const project = aProject([aMacvlanNetwork(), aMacvlanNetwork({ id: 'n2', name: 'b' })])
    expect(replaceNetwork(project, aMacvlanNetwork({ name: 'renamed' })).networks.map((n) => n.name)).toEqual(['renamed', 'b'])
    expect(deleteNetwork(project, 'n1').networks.map((n) => n.id)).toEqual(['n2'])
  })

  it('an unknown id changes nothing', () => {
    const project = aProject([aMacvlanNetwork()])
    expect(duplicateNetwork(project, 'nope', 'n2')).toBe(project)
    expect(duplicateWorkload(project, 'nope', 'w2')).toBe(project)
  })

  it('adding an import keeps the current objects, NICs and platform and appends the imported ones under free ids', () => {
    const current = { ...aProject([aMacvlanNetwork()]), hostNics: [{ name: 'eth1', mtu: 1500, primary: true }] }
    const imported = aProject([aMacvlanNetwork({ name: 'lan-b' }), aMacvlanNetwork({ id: 'n9', name: 'lan-c' })])
    const next = addImportedProject(current, imported)
    expect(next.networks.map((n) => [n.id, n.name])).toEqual([['n1', 'lan-a'], ['n1#2', 'lan-b'], ['n9', 'lan-c']])
    expect(next.hostNics).toBe(current.hostNics)
    expect(next.platform).toBe(current.platform)
  })

  it('adding the same passed-through object again keeps one copy; one that differs stays, for the bundle to name', () => {
    const settings = { kind: 'ConfigMap', name: 'settings', namespace: 'edge', text: 'kind: ConfigMap\n' }
    const current = { ...emptyProject(), passThrough: [settings] }
    const changed = { ...settings, text: 'kind: ConfigMap\ndata: {a: b}\n' }
    const next = addImportedProject(current, { ...emptyProject(), passThrough: [{ ...settings }, changed] })
    expect(next.passThrough).toEqual([settings, changed])
  })
})

describe('removePassThrough', () => {
  const kept = [{ kind: 'ConfigMap', name: 'a', text: 'a\n' }, { kind: 'Service', name: 'b', namespace: 'x', text: 'b\n' }]

  it('removes the object at the index and nothing else', () => {
    const project = { ...emptyProject(), passThrough: kept }
    expect(removePassThrough(project, 0)).toEqual({ ...project, passThrough: [kept[1]] })
    expect(project.passThrough).toHaveLength(2)
  })

  it('gives back the same project for an index outside the list', () => {
    const project = { ...emptyProject(), passThrough: kept }
    expect(removePassThrough(project, 2)).toBe(project)
    expect(removePassThrough(project, -1)).toBe(project)
  })
})
