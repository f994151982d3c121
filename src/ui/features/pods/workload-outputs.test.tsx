// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { emptyProject, type Project, type Workload } from '../../../core'
import { i18n } from '../../i18n/i18n'
import { WorkloadOutputs } from './workload-outputs'

const project: Project = {
  ...emptyProject(),
  networks: [
    { id: 'a', name: 'lan-a', namespace: 'apps', config: { type: 'macvlan', master: 'eth1', ipam: { type: 'host-local', subnet: '192.168.50.0/24' } } },
    { id: 'b', name: 'lan-b', namespace: 'apps', config: { type: 'bridge', bridge: 'br1', ipam: { type: 'host-local', subnet: '192.168.60.0/24' } } },
  ],
}

function aPod(attachments: Workload['attachments']): Workload {
  return { id: 'w', kind: 'Pod', name: 'probe', namespace: 'apps', attachments }
}

afterEach(cleanup)

describe('what a workload turns into', () => {
  it('two plain attachments: the short annotation and eth0, net1, net2', () => {
    render(<I18nextProvider i18n={i18n}><WorkloadOutputs workload={aPod([{ network: 'lan-a' }, { network: 'lan-b' }])} project={project} /></I18nextProvider>)
    expect(within(screen.getByRole('region', { name: 'Pod annotation' })).getByText('lan-a,lan-b')).toBeTruthy()
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => row.textContent ?? '')
    expect(rows.map((r) => r.split(/\s/)[0]?.slice(0, 4))).toEqual(['eth0', 'net1', 'net2'])
    expect(rows[1]).toContain('apps/lan-a')
    expect(rows[2]).toContain('apps/lan-b')
  })

  it('a named interface and a requested MAC need the JSON form', () => {
    render(<I18nextProvider i18n={i18n}><WorkloadOutputs workload={aPod([{ network: 'lan-a', interface: 'plant0', mac: '02:00:00:00:00:01' }])} project={project} /></I18nextProvider>)
    const annotation = within(screen.getByRole('region', { name: 'Pod annotation' })).getByLabelText('Pod annotation').textContent ?? ''
    expect(JSON.parse(annotation)).toEqual([{ name: 'lan-a', interface: 'plant0', mac: '02:00:00:00:00:01' }])
    expect(screen.getByText(/JSON form/)).toBeTruthy()
  })
})
