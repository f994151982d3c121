// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { readIpJson, type HostNic } from '../../../core'
import { i18n } from '../../i18n/i18n'
import ReadDeviceDialog from './read-device-dialog'

// jsdom has no workers: the reading runs in place, as the worker would run it.
vi.mock('./run-ip-json', () => ({
  runIpJson: (text: string, known: HostNic[]) => Promise.resolve({ ok: true, value: readIpJson(text, known) }),
}))

const current: HostNic[] = [{ name: 'eth0', mtu: 1500, primary: true }, { name: 'enp2s0', mtu: 1500, primary: false }]
const LINK = JSON.stringify([
  { ifindex: 1, ifname: 'lo', mtu: 65536, link_type: 'loopback' },
  { ifindex: 3, ifname: 'enp2s0', mtu: 9000, link_type: 'ether' },
  { ifindex: 4, ifname: 'enp3s0', mtu: 1500, link_type: 'ether' },
])

function renderDialog() {
  const onApply = vi.fn<(nics: HostNic[]) => void>()
  render(<I18nextProvider i18n={i18n}><ReadDeviceDialog current={current} onApply={onApply} onClose={() => undefined} /></I18nextProvider>)
  // a paste arrives in one piece, as fireEvent.change delivers it
  const paste = (text: string) => fireEvent.change(screen.getByRole('textbox', { name: 'Output of ip -j link, ip -j addr or ip -j route' }), { target: { value: text } })
  return { onApply, paste }
}

afterEach(cleanup)

describe('reading the NICs from the device', () => {
  it('shows what was read, then merges it: same names updated, the rest kept, new ones added', async () => {
    const { onApply, paste } = renderDialog()
    paste(LINK)
    expect(await screen.findByRole('heading', { name: '2 NICs found' })).toBeTruthy()
    expect(screen.getByRole('region', { name: '1 interface left out' }).textContent).toContain('lo is the loopback interface')
    expect(screen.getByText(/the primary NIC stays as it was/)).toBeTruthy()
    await userEvent.click(screen.getByRole('button', { name: 'Merge into Node NICs' }))
    expect(onApply).toHaveBeenCalledWith([
      { name: 'eth0', mtu: 1500, primary: true }, { name: 'enp2s0', mtu: 9000, primary: false }, { name: 'enp3s0', mtu: 1500, primary: false },
    ])
  })

  it('replaces the list with what was read', async () => {
    const { onApply, paste } = renderDialog()
    paste(LINK)
    await screen.findByRole('heading', { name: '2 NICs found' })
    await userEvent.click(screen.getByRole('button', { name: 'Replace Node NICs' }))
    expect(onApply.mock.calls[0]?.[0].map((nic) => nic.name)).toEqual(['enp2s0', 'enp3s0'])
  })

  it('says what is wrong with text that is no ip -j output, and offers nothing to apply', async () => {
    const { onApply, paste } = renderDialog()
    paste('[{"ifname": "eth1", "mtu": 1500,, "link_type": "ether", "flags": []}]')
    expect(await screen.findByText(/does not parse/)).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Replace Node NICs' }).hasAttribute('disabled')).toBe(true)
    expect(screen.getByRole('button', { name: 'Merge into Node NICs' }).hasAttribute('disabled')).toBe(true)
    expect(onApply).not.toHaveBeenCalled()
  })
})
