import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

const diagram = (page: Page) => page.getByRole('region', { name: 'Topology' })
const node = (page: Page, id: string) => diagram(page).locator(`.react-flow__node[data-id="${id}"]`)

/** Three MicroShift examples (macvlan-net and ipvlan-net share eth1) and one example pod on the first. */
async function prepare(designer: Designer) {
  await designer.open()
  await designer.addPreset(/^bridge-conf/)
  await designer.addPreset(/^macvlan-net/)
  await designer.addPreset(/^ipvlan-net/)
  await designer.page.getByRole('button', { name: 'New example pod' }).click()
  await expect(node(designer.page, 'workload:' + (await podId(designer.page)))).toBeVisible()
}

/** The id of the only example pod, read from the diagram (ids are random). */
async function podId(page: Page) {
  const id = await diagram(page).locator('.react-flow__node-workload').first().getAttribute('data-id')
  return (id ?? '').replace(/^workload:/, '')
}

test('the diagram draws the design, and a drag from the pod to a NAD attaches it as net2', async ({ page }) => {
  const designer = new Designer(page)
  await prepare(designer)
  const canvas = diagram(page)
  await expect(canvas.locator('.react-flow__node-network')).toHaveCount(3)
  await expect(canvas.locator('.react-flow__node-workload')).toHaveCount(1)
  await expect(canvas.locator('.react-flow__node-cluster-network')).toHaveCount(1)
  await expect(canvas.locator('.react-flow__node-bridge')).toHaveCount(1)
  await expect(node(page, 'bridge:test-bridge')).toBeVisible()
  await expect(node(page, 'nic:eth1')).toBeVisible()
  // eth0 to the cluster network, net1 to bridge-conf, three uplinks, br-ex
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(6)
  const pod = canvas.locator('.react-flow__node-workload')
  await expect(pod.getByTestId('topology-interface')).toHaveText([/^eth0/, /^net1/])

  // the macvlan and the ipvlan NAD on one master: the NIC carries the error
  await expect(node(page, 'nic:eth1').locator('[data-severity="error"]').first()).toBeVisible()
  await page.screenshot({ path: 'test-results/topology-light.png' })

  const handle = pod.getByTestId('topology-attach-handle')
  const target = node(page, 'network:' + await networkIdOf(page, 'macvlan-net'))
  const from = await handle.boundingBox()
  const to = await target.boundingBox()
  if (!from || !to) throw new Error('handle or target not on screen')
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 })
  await page.mouse.up()

  await expect(pod.getByTestId('topology-interface')).toHaveText([/^eth0/, /^net1/, /^net2/])
  await expect(canvas.locator('.react-flow__edge')).toHaveCount(7)
  // the pod is selected in the inspector: its annotation names both NADs in order
  await pod.click({ position: { x: 40, y: 16 } })
  await expect(page.getByRole('region', { name: 'Pod annotation' }).locator('pre')).toHaveText('bridge-conf,macvlan-net')

  // the table view lists the same interfaces
  await page.getByRole('button', { name: 'Table' }).click()
  const rows = page.getByTestId('topology-table').getByRole('row')
  await expect(rows.filter({ hasText: 'net2' })).toContainText('default/macvlan-net')
})

test('an attachment edge deleted on the canvas leaves the annotation; PNG and SVG export download images', async ({ page }) => {
  const designer = new Designer(page)
  await prepare(designer)
  const id = await podId(page)
  const edge = diagram(page).locator(`.react-flow__edge[data-id="attachment:${id}:0"]`)
  await edge.click({ force: true })
  await page.keyboard.press('Delete')
  await expect(edge).toHaveCount(0)
  await node(page, `workload:${id}`).click({ position: { x: 40, y: 16 } })
  await expect(page.getByRole('region', { name: 'Pod annotation' }).locator('pre')).toHaveText('')

  const [png] = await Promise.all([page.waitForEvent('download'), diagram(page).getByRole('button', { name: 'Export PNG' }).click()])
  expect(png.suggestedFilename()).toBe('topology.png')
  await png.saveAs('test-results/topology-export.png')
  const bytes = await readFile(await png.path())
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
  expect(bytes.length).toBeGreaterThan(10_000)
  const [svg] = await Promise.all([page.waitForEvent('download'), diagram(page).getByRole('button', { name: 'Export SVG' }).click()])
  expect(await readFile(await svg.path(), 'utf8')).toContain('macvlan-net')
})

test('dark and Japanese: the diagram follows the theme and the language', async ({ page }) => {
  const designer = new Designer(page)
  await prepare(designer)
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(diagram(page).locator('.react-flow.dark')).toBeVisible()
  await page.screenshot({ path: 'test-results/topology-dark.png' })
  await designer.choose('Language', '日本語')
  await expect(page.getByRole('region', { name: 'トポロジー' }).getByText('MicroShift ホスト')).toBeVisible()
  await page.screenshot({ path: 'test-results/topology-ja.png' })
})

/** A NAD's id, read from the diagram node that shows its name. */
async function networkIdOf(page: Page, name: string) {
  const id = await diagram(page).locator('.react-flow__node-network').filter({ hasText: name }).getAttribute('data-id')
  return (id ?? '').replace(/^network:/, '')
}
