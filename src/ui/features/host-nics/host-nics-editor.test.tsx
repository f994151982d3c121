// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { emptyProject, type HostNic } from '../../../core'
import { i18n } from '../../i18n/i18n'
import { designerActions } from '../../state/designer-actions'
import { createDesignerStore } from '../../state/designer-store'
import { StoreProvider } from '../../state/store-context'
import { HostNicsEditor } from './host-nics-editor'

const nics: HostNic[] = [{ name: 'eth0', mtu: 1500, primary: true }, { name: 'eth1', mtu: 9000, primary: false }]

function renderNics() {
  const store = createDesignerStore({ project: { ...emptyProject(), hostNics: nics }, selection: { kind: 'none' }, formRevision: 0 })
  render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <HostNicsEditor />
      </StoreProvider>
    </I18nextProvider>,
  )
  return Object.assign(designerActions(store), { getState: store.getState })
}

afterEach(cleanup)

describe('the node NICs', () => {
  it('a jump to a NIC focuses the field the issue names and highlights that NIC only', () => {
    const actions = renderNics()
    act(() => actions.focusNic('eth1', 'mtu'))
    const mtu = screen.getAllByRole('textbox', { name: 'MTU' })[1]
    expect(document.activeElement).toBe(mtu)
    expect(screen.getByRole('group', { name: 'NIC eth1' }).getAttribute('aria-current')).toBe('true')
    expect(screen.getByRole('group', { name: 'NIC eth0' }).getAttribute('aria-current')).toBeNull()
  })

  it('the MTU can be emptied and retyped; only whole numbers reach the project', async () => {
    const store = renderNics()
    const mtu = screen.getAllByRole('textbox', { name: 'MTU' })[1] as HTMLInputElement
    await userEvent.clear(mtu)
    expect(mtu.value).toBe('')
    expect(mtu.getAttribute('aria-invalid')).toBe('true')
    await userEvent.type(mtu, '1400')
    expect(mtu.value).toBe('1400')
    expect(mtu.getAttribute('aria-invalid')).toBe('false')
    expect(store.getState().project.hostNics[1]?.mtu).toBe(1400)
  })

  it('a new NIC takes the first ethN not yet listed, so it never starts as a duplicate', async () => {
    const store = renderNics()
    await userEvent.click(screen.getByRole('button', { name: 'Remove eth0' }))
    await userEvent.click(screen.getByRole('button', { name: 'Add NIC' }))
    await userEvent.click(screen.getByRole('button', { name: 'Add NIC' }))
    expect(store.getState().project.hostNics.map((nic) => nic.name)).toEqual(['eth1', 'eth0', 'eth2'])
  })

  it('a jump without a field focuses the NIC name; an unknown NIC brings the section into view', () => {
    const actions = renderNics()
    act(() => actions.focusNic('eth0', ''))
    expect(document.activeElement).toBe(screen.getAllByRole('textbox', { name: 'Name' })[0])
    act(() => actions.focusNic('wlan0', 'name'))
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Node NICs' }))
  })

  it('a NIC jumped to while not listed is not highlighted once it is listed', () => {
    const actions = renderNics()
    act(() => actions.focusNic('wlan0', 'name'))
    act(() => actions.setHostNics([...nics, { name: 'wlan0', mtu: 1500, primary: false }]))
    expect(screen.getByRole('group', { name: 'NIC wlan0' }).getAttribute('aria-current')).toBeNull()
  })

  it('a jump from one NIC to another moves the highlight; leaving the first does not clear it', () => {
    const actions = renderNics()
    act(() => actions.focusNic('eth0', 'name'))
    act(() => actions.focusNic('eth1', 'mtu'))
    expect(screen.getByRole('group', { name: 'NIC eth1' }).getAttribute('aria-current')).toBe('true')
    expect(screen.getByRole('group', { name: 'NIC eth0' }).getAttribute('aria-current')).toBeNull()
  })
})
