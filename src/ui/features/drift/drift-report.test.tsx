// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import type { Issue, PodComparison } from '../../../core'
import { i18n } from '../../i18n/i18n'
import { DriftReport } from './drift-report'

const missing: Issue = { code: 'drift.interface-missing', severity: 'error', target: { kind: 'workload', id: 'w' }, field: 'attachments.0',
  params: { pod: 'edge/web-7', interface: 'net1', network: 'edge/lan' } }
const pod = (index: number, extra: Partial<PodComparison> = {}): PodComparison =>
  ({ namespace: 'edge', name: `web-${index}`, workloadId: 'w', matchedBy: { by: 'owner', via: 'ReplicaSet/web' }, issues: [], interfaces: [], ...extra })

function renderReport(pods: PodComparison[]) {
  render(
    <I18nextProvider i18n={i18n}>
      <DriftReport comparison={{ pods, issues: [] }} workloads={[{ id: 'w', kind: 'Deployment', name: 'web', namespace: 'edge', attachments: [] }]}
        onSelectWorkload={() => undefined} onPickIssue={() => undefined} />
    </I18nextProvider>,
  )
}

afterEach(cleanup)

describe('the drift report', () => {
  it('puts the pods with differences first and renders a page of cards at a time', async () => {
    const pods = Array.from({ length: 60 }, (_, index) => pod(index))
    pods[57] = pod(57, { issues: [missing], interfaces: [{ interface: 'net1', designed: 'edge/lan', issues: [missing] }] })
    renderReport(pods)
    expect(screen.getByRole('heading', { name: '60 pods: 59 as designed, 1 with differences, 0 not in the design' })).toBeTruthy()
    // role queries crawl a DOM this size slowly in jsdom; the cards are the report's sections named after a pod
    const cards = () => [...document.querySelectorAll('section[aria-label^="edge/"]')]
    expect(cards()).toHaveLength(50)
    expect(cards()[0]?.getAttribute('aria-label')).toBe('edge/web-57')
    await userEvent.click(screen.getByRole('button', { name: 'Show 10 more pods (10 not shown)' }))
    expect(cards()).toHaveLength(60)
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull()
  }, 20_000)
})
