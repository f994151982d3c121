// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { emptyProject, type Network, type PassThroughObject, type Project } from '../../../core'
import { i18n } from '../../i18n/i18n'
import { BundleExportDialog } from './bundle-export-dialog'

function aMacvlan(mode: string): Network {
  return { id: 'n1', name: 'lan-a', namespace: 'edge', config: { type: 'macvlan', cniVersion: '1.0.0', name: 'lan-a', master: 'eth1', mode, ipam: { type: 'dhcp' } } as Network['config'] }
}
const settings: PassThroughObject = { kind: 'ConfigMap', name: 'settings', namespace: 'edge', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: edge}\n' }

function renderDialog(project: Project) {
  const onJump = vi.fn()
  render(<I18nextProvider i18n={i18n}><BundleExportDialog project={project} onJump={onJump} onClose={vi.fn()} /></I18nextProvider>)
  return onJump
}

afterEach(cleanup)

describe('the bundle export dialog', () => {
  it('lists each error with its object, each clickable to it (a field, a kept object); every way out stays off', async () => {
    // a mode macvlan rejects (on lan-a's field) and a ConfigMap there twice (on the later kept copy)
    const onJump = renderDialog({ ...emptyProject(), networks: [aMacvlan('sideways')], passThrough: [settings, { ...settings, text: `${settings.text}data: {}\n` }] })
    const errors = screen.getByRole('region', { name: 'Errors that block the bundle' })
    expect(within(errors).getByText(/2 errors block the bundle/)).toBeTruthy()
    await userEvent.click(within(errors).getByRole('button', { name: /macvlan\.mode-unknown/ }))
    expect(onJump).toHaveBeenCalledWith(expect.objectContaining({ code: 'macvlan.mode-unknown', target: { kind: 'network', id: 'n1' } }))
    await userEvent.click(within(errors).getByRole('button', { name: /bundle\.duplicate-object/ }))
    expect(onJump).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'bundle.duplicate-object', target: { kind: 'passThrough', index: 1 } }))
    for (const name of ['Copy YAML', 'Download YAML', 'Download zip']) expect(screen.getByRole('button', { name }).hasAttribute('disabled')).toBe(true)
  })

  it('offers the files in apply order and their contents when the design has no error', async () => {
    renderDialog({ ...emptyProject(), networks: [aMacvlan('bridge')], passThrough: [settings] })
    expect(screen.queryByRole('region', { name: 'Errors that block the bundle' })).toBeNull()
    const files = within(screen.getByRole('list', { name: /^Files of the bundle/ })).getAllByRole('button')
    expect(files.map((file) => file.textContent?.split(/\s/)[0])).toEqual([
      '10-namespace-edge.yaml', '20-nad-edge-lan-a.yaml', '40-passthrough-configmap-settings.yaml', 'kustomization.yaml', 'README.md',
    ].map((name) => expect.stringContaining(name)))
    await userEvent.click(files[2] as HTMLElement)
    expect(screen.getByLabelText('Contents of 40-passthrough-configmap-settings.yaml').textContent).toBe(settings.text)
    for (const name of ['Copy YAML', 'Download YAML', 'Download zip']) expect(screen.getByRole('button', { name }).hasAttribute('disabled')).toBe(false)
  })

  it('has nothing to offer for an empty design', () => {
    renderDialog(emptyProject())
    expect(screen.getByText(/there is nothing to export/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Download zip' }).hasAttribute('disabled')).toBe(true)
  })
})
