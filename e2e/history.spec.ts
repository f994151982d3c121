import { expect, test, type Page } from '@playwright/test'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

const header = (page: Page) => page.getByRole('banner')
const undoButton = (page: Page) => header(page).getByRole('button', { name: 'Undo', exact: true })
const redoButton = (page: Page) => header(page).getByRole('button', { name: 'Redo', exact: true })
const listed = (page: Page, name: string) => page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${name}`) })
const diagram = (page: Page) => page.getByRole('region', { name: 'Topology' })
const annotation = (page: Page) => page.getByRole('region', { name: 'Pod annotation' }).locator('pre')

/** Put the keyboard focus on the page itself (no field), as after a click on empty space. */
async function focusNothing(page: Page) {
  await page.getByRole('heading', { name: 'NAD Designer' }).click()
  await expect(page.locator('input:focus, textarea:focus, [contenteditable]:focus')).toHaveCount(0)
}

test('a delete is undone and redone from the header buttons and from the keyboard outside the fields', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await expect(undoButton(page)).toBeDisabled()
  await expect(redoButton(page)).toBeDisabled()
  await designer.addPreset(/^ipvlan-net/)
  await designer.addPreset(/^macvlan-net/)
  await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Delete' }).click()
  await expect(listed(page, 'macvlan-net')).toHaveCount(0)
  await expect(undoButton(page)).toHaveAccessibleDescription('Undo: delete network macvlan-net (Ctrl+Z)')
  await undoButton(page).hover()
  await expect(page.getByRole('tooltip')).toHaveText('Undo: delete network macvlan-net (Ctrl+Z)')
  await page.screenshot({ path: 'test-results/history-tooltip.png', clip: { x: 900, y: 0, width: 700, height: 120 } })

  // header: undo brings it back, selected; redo takes it away again
  await undoButton(page).click()
  await expect(listed(page, 'macvlan-net')).toHaveAttribute('aria-current', 'true')
  await expect(page.getByRole('form', { name: 'macvlan-net' })).toBeVisible()
  await expect(redoButton(page)).toHaveAccessibleDescription('Redo: delete network macvlan-net (Ctrl+Shift+Z)')
  await redoButton(page).click()
  await expect(listed(page, 'macvlan-net')).toHaveCount(0)
  await expect(page.getByText('No networks yet')).toHaveCount(0)

  // keyboard, focus on no field: Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y
  await focusNothing(page)
  await page.keyboard.press('Control+z')
  await expect(listed(page, 'macvlan-net')).toBeVisible()
  await page.keyboard.press('Control+Shift+z')
  await expect(listed(page, 'macvlan-net')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(listed(page, 'macvlan-net')).toBeVisible()
  await page.keyboard.press('Control+y')
  await expect(listed(page, 'macvlan-net')).toHaveCount(0)
  // back through both presets to the empty project; nothing more to undo
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(page.getByText('No networks yet')).toBeVisible()
  await expect(undoButton(page)).toBeDisabled()
  await expect(redoButton(page)).toBeEnabled()
})

test('a pod attached to a NAD on the diagram is detached by undo and attached again by redo', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/^bridge-conf/)
  await designer.addPreset(/^macvlan-net/)
  await page.getByRole('button', { name: 'New example pod' }).click()
  const pod = diagram(page).locator('.react-flow__node-workload')
  await expect(pod.getByTestId('topology-interface')).toHaveText([/^eth0/, /^net1/])
  await expect(annotation(page)).toHaveText('bridge-conf')

  const handle = pod.getByTestId('topology-attach-handle')
  const target = diagram(page).locator('.react-flow__node-network').filter({ hasText: 'macvlan-net' })
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('handle or target not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 })
  await page.mouse.up()
  await expect(pod.getByTestId('topology-interface')).toHaveText([/^eth0/, /^net1/, /^net2/])
  await expect(annotation(page)).toHaveText('bridge-conf,macvlan-net')
  await expect(undoButton(page)).toHaveAccessibleDescription('Undo: attach example-pod-1 to macvlan-net (Ctrl+Z)')

  await focusNothing(page)
  await page.keyboard.press('Control+z')
  await expect(pod.getByTestId('topology-interface')).toHaveText([/^eth0/, /^net1/])
  await expect(annotation(page)).toHaveText('bridge-conf')
  // the form beside it re-read the pod: one attachment row
  await expect(page.getByRole('button', { name: /^Remove attachment \d/ })).toHaveCount(1)

  await redoButton(page).click()
  await expect(pod.getByTestId('topology-interface')).toHaveText([/^eth0/, /^net1/, /^net2/])
  await expect(annotation(page)).toHaveText('bridge-conf,macvlan-net')
  await expect(page.getByRole('button', { name: /^Remove attachment \d/ })).toHaveCount(2)
})

test('Ctrl+Z in a text field undoes the typing there, not the project', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/^bridge-conf/)
  const form = page.getByRole('form', { name: 'bridge-conf' })
  const mtu = form.getByRole('textbox', { name: 'MTU (mtu)' })
  await mtu.click()
  await mtu.pressSequentially('9000')
  await expect(mtu).toHaveValue('9000')
  // the browser's own undo takes the typing back (Chromium may do it a character at a time)
  for (let presses = 0; presses < 4 && (await mtu.inputValue()) !== ''; presses++) {
    await page.keyboard.press('Control+z')
    await expect(mtu).not.toHaveValue('9000')
  }
  await expect(mtu).toHaveValue('')
  await expect(mtu).toBeFocused()
  // the project's undo was not used: the network created by the preset is still there
  await expect(listed(page, 'bridge-conf')).toBeVisible()
  await expect(page.getByRole('textbox', { name: /YAML of bridge-conf/ })).not.toContainText('"mtu"')
})

test('a name typed into a form is undone as one word, and the form shows the name before it', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/^ipvlan-net/)
  const name = page.getByRole('form', { name: 'ipvlan-net' }).getByRole('textbox', { name: 'Network name (metadata.name)' })
  await name.click()
  await name.press('End')
  await name.pressSequentially('-edge', { delay: 60 })
  await expect(listed(page, 'ipvlan-net-edge')).toBeVisible()
  await expect(undoButton(page)).toHaveAccessibleDescription('Undo: edit network ipvlan-net-edge (Ctrl+Z)')

  await undoButton(page).click()
  await expect(listed(page, 'ipvlan-net')).toHaveText(/^ipvlan-net(?!-)/)
  const again = page.getByRole('textbox', { name: 'Network name (metadata.name)' })
  await expect(again).toHaveValue('ipvlan-net')
  await expect(page.getByRole('textbox', { name: /YAML of ipvlan-net/ })).toContainText('name: ipvlan-net')
  // the next undo is the preset itself
  await expect(undoButton(page)).toHaveAccessibleDescription('Undo: create network ipvlan-net (Ctrl+Z)')
  await redoButton(page).click()
  await expect(page.getByRole('textbox', { name: 'Network name (metadata.name)' })).toHaveValue('ipvlan-net-edge')
})

test('the header buttons in Japanese and dark', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/^bridge-conf/)
  await designer.choose('Language', '日本語')
  await page.getByRole('button', { name: 'ダークテーマに切り替え' }).click()
  const undo = header(page).getByRole('button', { name: '元に戻す', exact: true })
  await expect(undo).toHaveAccessibleDescription('元に戻す: ネットワーク bridge-conf の作成 (Ctrl+Z)')
  await undo.hover()
  await expect(page.getByRole('tooltip', { name: /^元に戻す/ })).toHaveText('元に戻す: ネットワーク bridge-conf の作成 (Ctrl+Z)')
  await page.screenshot({ path: 'test-results/history-ja-dark.png', clip: { x: 800, y: 0, width: 800, height: 120 } })
  await undo.click()
  await expect(header(page).getByRole('button', { name: 'やり直す', exact: true })).toHaveAccessibleDescription('やり直す: ネットワーク bridge-conf の作成 (Ctrl+Shift+Z)')
})
