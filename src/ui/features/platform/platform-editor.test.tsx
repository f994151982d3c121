// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { emptyProject } from '../../../core'
import { i18n } from '../../i18n/i18n'
import { designerActions } from '../../state/designer-actions'
import { createDesignerStore } from '../../state/designer-store'
import { StoreProvider } from '../../state/store-context'
import { PlatformEditor } from './platform-editor'

function renderPlatform() {
  const store = createDesignerStore({ project: emptyProject(), selection: { kind: 'none' }, formRevision: 0 })
  render(<I18nextProvider i18n={i18n}><StoreProvider store={store}><PlatformEditor /></StoreProvider></I18nextProvider>)
  return Object.assign(() => store.getState().project.platform, { store })
}

afterEach(cleanup)

describe('the cluster networks', () => {
  it('start at the MicroShift defaults and take a list of CIDRs', async () => {
    const platform = renderPlatform()
    const cluster = screen.getByRole('textbox', { name: 'Cluster network (clusterNetwork)' })
    expect((cluster as HTMLInputElement).value).toBe('10.42.0.0/16')
    await userEvent.clear(cluster)
    await userEvent.type(cluster, '10.128.0.0/14, fd01::/48')
    expect(platform().clusterNetwork).toEqual(['10.128.0.0/14', 'fd01::/48'])
  })

  it('a wrong entry is explained and never reaches the project; an emptied list is the default again', async () => {
    const platform = renderPlatform()
    const service = screen.getByRole('textbox', { name: 'Service network (serviceNetwork)' })
    await userEvent.clear(service)
    expect(platform().serviceNetwork).toEqual(['10.43.0.0/16'])
    await userEvent.click(service)
    await userEvent.paste('10.96.0.0/33')
    expect(service.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(/Not a CIDR: 10\.96\.0\.0\/33/)).toBeTruthy()
    expect(platform().serviceNetwork).toEqual(['10.43.0.0/16'])
  })

  it('follows the project when it changes under the field', async () => {
    const platform = renderPlatform()
    const cluster = screen.getByRole('textbox', { name: 'Cluster network (clusterNetwork)' })
    act(() => designerActions(platform.store).setPlatform({ ...platform(), clusterNetwork: ['10.128.0.0/14'] }))
    expect((cluster as HTMLInputElement).value).toBe('10.128.0.0/14')
  })
})
