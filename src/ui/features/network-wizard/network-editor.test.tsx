// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { emptyProject, type Network } from '../../../core'
import { i18n } from '../../i18n/i18n'
import { designerActions } from '../../state/designer-actions'
import { createDesignerStore } from '../../state/designer-store'
import { StoreProvider } from '../../state/store-context'
import { NetworkEditor } from './network-editor'

const lan: Network = {
  id: 'n1', name: 'lan-a', namespace: 'default',
  config: { type: 'macvlan', cniVersion: '1.0.0', master: 'eth1', ipam: { type: 'static', addresses: [{ address: '192.168.10.10/24' }] } },
}

function renderEditor() {
  const store = createDesignerStore({
    project: { ...emptyProject(), networks: [lan] }, selection: { kind: 'network', id: 'n1' }, formRevision: 0,
  })
  render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <NetworkEditor network={lan} />
      </StoreProvider>
    </I18nextProvider>,
  )
  return store
}

afterEach(cleanup)

describe('the network editor', () => {
  it('labels every field with its CNI key and shows the plugin default', () => {
    renderEditor()
    expect(screen.getByRole('textbox', { name: 'Master interface (master)' })).toHaveProperty('value', 'eth1')
    const mode = screen.getByRole('combobox', { name: 'Mode (mode)' })
    expect(mode.textContent).toContain('Not set (default: bridge)')
    expect(screen.getByText('Default when left empty: the node’s default-route NIC')).toBeTruthy()
  })

  it('sends each keystroke to the store, and an emptied field leaves the key out', async () => {
    const store = renderEditor()
    const user = userEvent.setup()
    const master = screen.getByRole('textbox', { name: 'Master interface (master)' })
    await user.clear(master)
    expect(store.getState().project.networks[0]?.config).not.toHaveProperty('master')
    await user.type(master, 'enp2s0')
    expect(store.getState().project.networks[0]?.config).toMatchObject({ master: 'enp2s0' })
  })

  it('shows the core’s error at the field while it is wrong', async () => {
    renderEditor()
    const user = userEvent.setup()
    const address = screen.getByRole('textbox', { name: 'Address (address)' })
    await user.clear(address)
    await user.type(address, '192.168.10.10')
    expect(address.getAttribute('aria-invalid')).toBe('true')
    const help = document.getElementById(address.getAttribute('aria-describedby') ?? '')
    expect(help?.textContent).toContain('CIDR notation')
    await user.type(address, '/24')
    expect(address.getAttribute('aria-invalid')).toBe('false')
  })

  it('reads a whole number when the field is left: nothing half-typed reaches the project, unreadable text stays on screen', async () => {
    const store = renderEditor()
    const user = userEvent.setup()
    const mtu = screen.getByRole('textbox', { name: 'MTU (mtu)' }) as HTMLInputElement
    const config = () => store.getState().project.networks[0]?.config
    const help = () => document.getElementById(mtu.getAttribute('aria-describedby') ?? '')?.textContent
    // "15" on the way to "1500": no value yet, so no error about an MTU of 15
    await user.type(mtu, '15')
    expect(config()).not.toHaveProperty('mtu')
    expect(mtu.getAttribute('aria-invalid')).toBe('false')
    await user.type(mtu, '00')
    await user.tab()
    expect(config()).toMatchObject({ mtu: 1500 })
    // not a number: kept as typed and explained; the project keeps 1500
    await user.clear(mtu)
    await user.type(mtu, '1e3')
    await user.tab()
    expect(mtu.value).toBe('1e3')
    expect(mtu.getAttribute('aria-invalid')).toBe('true')
    expect(help()).toContain('Enter a whole number, e.g. 1500. Until then the YAML keeps 1500.')
    expect(config()).toMatchObject({ mtu: 1500 })
    // emptied: the key is left out
    await user.clear(mtu)
    await user.tab()
    expect(config()).not.toHaveProperty('mtu')
    await user.type(mtu, '-')
    await user.tab()
    expect(mtu.value).toBe('-')
    expect(help()).toContain('Until then mtu is left out of the YAML.')
    // a number the user leaves in the field is the user's value: read, and the core's error shown
    await user.clear(mtu)
    await user.type(mtu, '15{Enter}')
    expect(config()).toMatchObject({ mtu: 15 })
    expect(mtu.getAttribute('aria-invalid')).toBe('true')
    expect(help()).toContain('outside what the kernel accepts')
  }, 30_000)

  it('a jump focuses the field, and centres it again once an opening section has grown (not on a label\'s shorter transition)', () => {
    const store = renderEditor()
    act(() => designerActions(store).focusField({ kind: 'network', id: 'n1' }, 'config.master'))
    const master = screen.getByRole('textbox', { name: 'Master interface (master)' })
    expect(document.activeElement).toBe(master)
    const scrolled = vi.fn()
    master.scrollIntoView = scrolled
    const transitionEnd = (propertyName: string) => {
      const event = new Event('transitionend', { bubbles: true })
      master.dispatchEvent(Object.assign(event, { propertyName }))
    }
    transitionEnd('transform')
    expect(scrolled).not.toHaveBeenCalled()
    transitionEnd('height')
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' })
  })

  it('switching the IPAM type starts that type afresh', async () => {
    const store = renderEditor()
    const user = userEvent.setup()
    await user.click(screen.getByRole('combobox', { name: 'IPAM type (ipam.type)' }))
    await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: /^dhcp/ }))
    await act(async () => {})
    expect(store.getState().project.networks[0]?.config).toMatchObject({ ipam: { type: 'dhcp' } })
  })
})
