// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { I18nextProvider } from 'react-i18next'
import { emptyProject, type Network } from '../../../core'
import { i18n } from '../../i18n/i18n'
import { designerActions } from '../../state/designer-actions'
import { createDesignerStore } from '../../state/designer-store'
import { StoreProvider } from '../../state/store-context'
import { DeleteSnackbar } from './delete-snackbar'
import { HistoryControls } from './history-controls'

const lan: Network = { id: 'n1', name: 'lan', namespace: 'default', config: { type: 'macvlan', master: 'eth1' } }
const wan: Network = { id: 'n2', name: '', namespace: 'default', config: { type: 'macvlan', master: 'eth2' } }

function renderHistory() {
  const store = createDesignerStore({ project: { ...emptyProject(), networks: [lan, wan] }, selection: { kind: 'none' }, formRevision: 0 })
  let time = 0
  const actions = designerActions(store, () => (time += 5000))
  render(
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <HistoryControls />
        <input aria-label="Some field" />
        <DeleteSnackbar />
      </StoreProvider>
    </I18nextProvider>,
  )
  return { actions, store }
}

const undoButton = () => screen.getByRole('button', { name: 'Undo', description: /Undo:|Nothing/ })
const redoButton = () => screen.getByRole('button', { name: 'Redo' })
const networkNames = (store: ReturnType<typeof renderHistory>['store']) => store.getState().project.networks.map((n) => n.id)

afterEach(cleanup)

describe('the history controls', () => {
  it('are disabled with nothing to undo or redo, and describe the step they would take', () => {
    const { actions } = renderHistory()
    expect(undoButton()).toHaveProperty('disabled', true)
    expect(redoButton()).toHaveProperty('disabled', true)
    expect(undoButton().getAttribute('aria-describedby')).toBeTruthy()
    act(() => actions.deleteNetwork('n1'))
    expect(undoButton()).toHaveProperty('disabled', false)
    expect(screen.getByRole('button', { name: 'Undo', description: 'Undo: delete network lan (Ctrl+Z)' })).toBeTruthy()
    fireEvent.click(undoButton())
    expect(screen.getByRole('button', { name: 'Redo', description: 'Redo: delete network lan (Ctrl+Shift+Z)' })).toHaveProperty('disabled', false)
  })

  it('an object without a name is called "(no name)" in the step', () => {
    const { actions } = renderHistory()
    act(() => actions.deleteNetwork('n2'))
    expect(screen.getByRole('button', { name: 'Undo', description: 'Undo: delete network (no name) (Ctrl+Z)' })).toBeTruthy()
  })

  it('Ctrl+Z outside a field undoes, and inside a field is left to the browser', () => {
    const { actions, store } = renderHistory()
    act(() => actions.deleteNetwork('n1'))
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Some field' }), { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(networkNames(store)).toEqual(['n2'])
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(networkNames(store)).toEqual(['n1', 'n2'])
    fireEvent.keyDown(document.body, { key: 'y', code: 'KeyY', ctrlKey: true })
    expect(networkNames(store)).toEqual(['n2'])
  })
})

describe('the delete snackbar', () => {
  it('says what was deleted and its Undo brings it back', () => {
    const { actions, store } = renderHistory()
    act(() => actions.deleteNetwork('n1'))
    const snackbar = screen.getByRole('alert')
    expect(snackbar.textContent).toContain('Deleted network lan')
    fireEvent.click(screen.getAllByRole('button', { name: 'Undo' }).find((button) => snackbar.contains(button)) as HTMLElement)
    expect(networkNames(store)).toEqual(['n1', 'n2'])
  })

  it('closes when another edit follows, and its Undo then does not undo that edit', () => {
    const { actions, store } = renderHistory()
    act(() => actions.deleteNetwork('n1'))
    const snackbar = screen.getByRole('alert')
    act(() => actions.setHostNics([{ name: 'eth0', mtu: 1500, primary: true }]))
    const edited = store.getState().project
    // MUI lets the snackbar slide out: while it does, its Undo is a no-op
    const stillThere = screen.getAllByRole('button', { name: 'Undo' }).find((button) => snackbar.contains(button))
    expect(snackbar.textContent).toContain('Deleted network lan')
    fireEvent.click(stillThere as HTMLElement)
    expect(store.getState().project).toBe(edited)
  })
})
