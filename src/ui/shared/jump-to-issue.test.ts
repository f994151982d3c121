import { describe, expect, it, vi } from 'vitest'
import type { Issue, IssueTarget } from '../../core'
import type { TFunction } from 'i18next'
import { emptyProject } from '../../core'
import { hasIssuePlace, issuePlace, jumpToIssue } from './jump-to-issue'

function anIssue(target: IssueTarget, field = ''): Issue {
  return { code: 'some.code', severity: 'warning', target, field, params: {} }
}

function jump(issue: Issue) {
  const actions = { focusField: vi.fn(), focusNic: vi.fn(), select: vi.fn() }
  const explain = vi.fn()
  jumpToIssue(issue, actions, explain)
  return { ...actions, explain }
}

describe('a click on an issue', () => {
  it('goes to the field of a network or workload', () => {
    expect(jump(anIssue({ kind: 'network', id: 'n1' }, 'config.master')).focusField).toHaveBeenCalledWith({ kind: 'network', id: 'n1' }, 'config.master')
    expect(jump(anIssue({ kind: 'workload', id: 'w1' }, 'attachments.0.ips')).focusField).toHaveBeenCalledWith({ kind: 'workload', id: 'w1' }, 'attachments.0.ips')
  })

  it('goes to the node NIC an issue names', () => {
    const calls = jump(anIssue({ kind: 'hostNic', name: 'eth1' }, 'mtu'))
    expect(calls.focusNic).toHaveBeenCalledWith('eth1', 'mtu')
    expect(calls.focusField).not.toHaveBeenCalled()
  })

  it('selects the kept object a bundle finding is about', () => {
    const calls = jump(anIssue({ kind: 'passThrough', index: 2 }))
    expect(calls.select).toHaveBeenCalledWith({ kind: 'passThrough', index: 2 })
    expect(calls.explain).not.toHaveBeenCalled()
  })

  it('explains a project-wide or document finding, which has no field to go to', () => {
    for (const target of [{ kind: 'project' }, { kind: 'document', index: 0 }] as const) {
      const issue = anIssue(target)
      const calls = jump(issue)
      expect(calls.explain).toHaveBeenCalledWith(issue)
      expect(calls.focusField).not.toHaveBeenCalled()
      expect(calls.focusNic).not.toHaveBeenCalled()
    }
  })
})

describe('where an issue is, in a list', () => {
  const project = { ...emptyProject(), networks: [{ id: 'n1', name: 'lan-a', namespace: 'default' }], passThrough: [{ kind: 'Service', name: 'web', namespace: 'shop', text: 'x\n' }] }
  const t = ((key: string, params?: { name?: string; kind?: string }) => `${key}${params?.kind ? `:${params.kind}` : ''}${params?.name ? `:${params.name}` : ''}`) as unknown as TFunction

  it('names the object and the field, the NIC, or the whole project', () => {
    expect(issuePlace(project, anIssue({ kind: 'network', id: 'n1' }, 'config.master'), t)).toBe('lan-a › config.master')
    expect(issuePlace(project, anIssue({ kind: 'hostNic', name: 'eth1' }, 'mtu'), t)).toBe('issuesPanel.nic:eth1 › mtu')
    expect(issuePlace(project, anIssue({ kind: 'project' }), t)).toBe('issuesPanel.wholeProject')
    expect(issuePlace(project, anIssue({ kind: 'workload', id: 'gone' }), t)).toBe('?')
    expect(issuePlace(project, anIssue({ kind: 'passThrough', index: 0 }), t)).toBe('issuesPanel.kept:Service:shop/web')
  })

  it('says which issues a click can go to', () => {
    expect(hasIssuePlace(anIssue({ kind: 'network', id: 'n1' }))).toBe(true)
    expect(hasIssuePlace(anIssue({ kind: 'hostNic', name: 'eth1' }))).toBe(true)
    expect(hasIssuePlace(anIssue({ kind: 'passThrough', index: 0 }))).toBe(true)
    expect(hasIssuePlace(anIssue({ kind: 'project' }))).toBe(false)
  })
})
