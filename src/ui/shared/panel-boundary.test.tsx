// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { i18n } from '../i18n/i18n'
import { PanelBoundary } from './panel-boundary'

let broken = true
function Fragile() {
  if (broken) throw new Error('boom')
  return <p>working again</p>
}

afterEach(cleanup)

describe('a panel that crashes', () => {
  it('says which panel stopped and why, and can be retried', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    render(<I18nextProvider i18n={i18n}><p>other panel</p><PanelBoundary name="YAML"><Fragile /></PanelBoundary></I18nextProvider>)
    // the notice is a lazy chunk: under a loaded test run it may take a while to arrive
    expect(await screen.findByText(/The YAML panel hit a problem/, undefined, { timeout: 10_000 })).toBeTruthy()
    expect(screen.getByText(/boom/)).toBeTruthy()
    expect(screen.getByText('other panel')).toBeTruthy()
    broken = false
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(screen.getByText('working again')).toBeTruthy()
  })
})
