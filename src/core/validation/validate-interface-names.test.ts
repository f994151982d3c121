import { describe, expect, it } from 'vitest'
import type { Attachment } from '../project/model'
import { buildProjectIndex } from './project-index'
import { aBridgeNetwork, aPod, aProject, attach } from './test-builders'
import { validateInterfaceNames } from './validate-interface-names'

const a = aBridgeNetwork({}, { name: 'a' })
const b = aBridgeNetwork({}, { name: 'b' })

function findings(attachments: Attachment[]) {
  const project = aProject([a, b], [aPod(attachments, { name: 'p' })])
  return validateInterfaceNames(buildProjectIndex(project)).map((issue) => [issue.code, issue.field])
}

describe('R-IFNAME: interface names in one pod are valid, unique and clear of eth0 and automatic names', () => {
  it.each<[string, Attachment[]]>([
    ['automatic names only', [attach(a), attach(b)]],
    ['a requested name next to an automatic one', [attach(a, { interface: 'data0' }), attach(b)]],
    ['the same NAD twice with automatic names', [attach(a), attach(a)]],
    ['a 15-character name', [attach(a, { interface: 'abcdefghijklmno' })]],
    ['an explicit name equal to its own automatic name', [attach(a, { interface: 'net1' })]],
    ['an empty requested name (treated as not requested)', [attach(a, { interface: '' }), attach(b)]],
  ])('accepts %s', (_, attachments) => {
    expect(findings(attachments)).toEqual([])
  })

  it.each<[string, Attachment[], [string, string][]]>([
    ['a 16-character name', [attach(a, { interface: 'abcdefghijklmnop' })], [['annotation.interface-name-invalid', 'attachments.0.interface']]],
    ['a name with a slash', [attach(a, { interface: 'a/b' })], [['annotation.interface-name-invalid', 'attachments.0.interface']]],
    ['a name with a colon', [attach(a, { interface: 'a:b' })], [['annotation.interface-name-invalid', 'attachments.0.interface']]],
    ['a name with a space', [attach(a, { interface: 'a b' })], [['annotation.interface-name-invalid', 'attachments.0.interface']]],
    ['a name that is ..', [attach(a, { interface: '..' })], [['annotation.interface-name-invalid', 'attachments.0.interface']]],
    ['eth0', [attach(a, { interface: 'eth0' })], [['interface.name-reserved', 'attachments.0.interface']]],
    ['lo', [attach(a, { interface: 'lo' })], [['interface.name-reserved', 'attachments.0.interface']]],
    ['two entries requesting the same name',
      [attach(a, { interface: 'data' }), attach(b, { interface: 'data' })],
      [['interface.name-duplicated', 'attachments.1.interface']]],
    ['an explicit net2 on entry 1 (entry 2 gets net2 automatically)',
      [attach(a, { interface: 'net2' }), attach(b)],
      [['interface.name-clashes-with-automatic-name', 'attachments.0.interface']]],
    ['an explicit net1 on entry 2 (entry 1 got net1 automatically)',
      [attach(a), attach(b, { interface: 'net1' })],
      [['interface.name-clashes-with-automatic-name', 'attachments.1.interface']]],
  ])('rejects %s', (_, attachments, expected) => {
    expect(findings(attachments)).toEqual(expected)
  })

  it('counts the length in bytes, as Linux does', () => {
    expect(findings([attach(a, { interface: 'ééééééééé' })])).toEqual([['annotation.interface-name-invalid', 'attachments.0.interface']])
  })
})
