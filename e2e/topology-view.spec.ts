import { readFile } from 'node:fs/promises'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { Designer } from './designer'

const diagram = (page: Page) => page.getByRole('region', { name: 'Topology' })
const nodes = (page: Page) => diagram(page).locator('.react-flow__node')

/**
 * A plant as YAML to import: `networks` bridge NADs on four bridges and `workloads` Deployments named line-0…, each
 * attached to three NADs.
 */
function plantYaml(networks: number, workloads: number): string {
  const documents: string[] = []
  for (let i = 0; i < networks; i++) {
    const config = { cniVersion: '0.4.0', type: 'bridge', bridge: `br-${i % 4}`, ipam: { type: 'host-local', subnet: `10.${i}.0.0/24` } }
    documents.push(`apiVersion: k8s.cni.cncf.io/v1
kind: NetworkAttachmentDefinition
metadata: { name: net-${i}, namespace: plant }
spec:
  config: '${JSON.stringify(config)}'
`)
  }
  for (let w = 0; w < workloads; w++) {
    const attached = [w, w + 1, w + 2].map((n) => `net-${n % networks}`).join(',')
    documents.push(`apiVersion: apps/v1
kind: Deployment
metadata: { name: line-${w}, namespace: plant }
spec:
  replicas: 1
  selector: { matchLabels: { app: line-${w} } }
  template:
    metadata:
      labels: { app: line-${w} }
      annotations: { k8s.v1.cni.cncf.io/networks: '${attached}' }
    spec: { containers: [{ name: c, image: line }] }
`)
  }
  return documents.join('---\n')
}

async function importPlant(designer: Designer, networks: number, workloads: number) {
  await designer.open()
  await designer.page.getByRole('button', { name: 'Import YAML' }).click()
  const dialog = designer.page.getByRole('dialog', { name: 'Import manifests' })
  await dialog.getByLabel('Choose files…').setInputFiles([{ name: 'plant.yaml', mimeType: 'text/yaml', buffer: Buffer.from(plantYaml(networks, workloads)) }])
  await expect(dialog.getByRole('heading', { name: new RegExp(`^Found ${networks} networks, ${workloads} workloads`) })).toBeVisible()
  await dialog.getByRole('button', { name: 'Add to project' }).click()
  await expect(dialog).toBeHidden()
  await expect(diagram(designer.page).locator('.react-flow__node-workload').first()).toBeVisible({ timeout: 60_000 })
}

/** The nodes of the diagram that lie, even in part, under a panel over the canvas (controls, minimap, toolbar…). */
function nodesUnderPanels(page: Page) {
  return page.evaluate(() => {
    const panels = Array.from(document.querySelectorAll('.react-flow__panel')).map((panel) => panel.getBoundingClientRect()).filter((box) => box.width > 0)
    const drawn = Array.from(document.querySelectorAll('.react-flow__node'))
    const covered = drawn.filter((node) => {
      const box = node.getBoundingClientRect()
      return panels.some((panel) => box.left < panel.right && panel.left < box.right && box.top < panel.bottom && panel.top < box.bottom)
    })
    return { drawn: drawn.length, covered: covered.map((node) => node.getAttribute('data-id')) }
  })
}

async function fitView(page: Page) {
  await diagram(page).getByRole('button', { name: /^Fit view/ }).click()
  // fit view is immediate; a frame later the visible nodes are drawn where it put them
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

test('after Fit view no node lies under the controls, the toolbar or the minimap, at 1280, 1440 and 1920 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const designer = new Designer(page)
  await importPlant(designer, 12, 16)
  const minimap = diagram(page).getByRole('img', { name: 'Overview of the diagram' })
  const minimapToggle = diagram(page).getByRole('button', { name: 'Show the overview (minimap)' })
  for (const [width, height, minimapShown] of [[1280, 800, false], [1440, 900, false], [1920, 1080, true]] as const) {
    await page.setViewportSize({ width, height })
    // narrow canvases start without the minimap; a wide one shows it
    await expect(minimapToggle).toHaveAttribute('aria-pressed', String(minimapShown))
    await expect(minimap).toHaveCount(minimapShown ? 1 : 0)
    await fitView(page)
    const { drawn, covered } = await nodesUnderPanels(page)
    expect(drawn).toBeGreaterThan(16)
    expect(covered, `${width}x${height}`).toEqual([])
    await page.screenshot({ path: `test-results/topology-fit-${width}.png` })
  }

  // at 1280 px the minimap, once asked for, is shown and Fit view leaves room for it and for the open legend
  await page.setViewportSize({ width: 1280, height: 800 })
  await minimapToggle.click()
  await expect(minimap).toBeVisible()
  await diagram(page).getByRole('button', { name: 'Legend' }).click()
  await fitView(page)
  expect((await nodesUnderPanels(page)).covered).toEqual([])
  await page.screenshot({ path: 'test-results/topology-fit-1280-minimap.png' })
  // the choice is remembered
  await page.reload()
  await expect(nodes(page).first()).toBeVisible()
  await expect(minimap).toBeVisible()
  await expect(minimapToggle).toHaveAttribute('aria-pressed', 'true')
  await minimapToggle.click()
  await expect(minimap).toHaveCount(0)
})

test('Japanese: the controls speak Japanese', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/^bridge-conf/)
  await designer.choose('Language', '日本語')
  const canvas = page.getByRole('region', { name: 'トポロジー' })
  await expect(canvas.getByRole('button', { name: '拡大' })).toBeVisible()
  await expect(canvas.getByRole('button', { name: /^全体を表示/ })).toBeVisible()
  await expect(canvas.getByRole('button', { name: '全体図 (ミニマップ) を表示' })).toBeVisible()
})

/**
 * The diagram found by CSS, not by role: while a modal dialog is open MUI marks the rest of the page aria-hidden (as a
 * modal should), so role queries find no diagram and no node there although every node is still drawn.
 */
const drawnDiagram = (page: Page) => page.locator('section[aria-label="Topology"]')

/** The canvas as drawn, with any dialog and its backdrop made see-through for the shot (they stay open). */
async function canvasPixels(page: Page) {
  const box = await drawnDiagram(page).locator('.react-flow').boundingBox()
  const seeThrough = await page.addStyleTag({ content: '.MuiDialog-root { visibility: hidden !important }' })
  const shot = await page.screenshot({ clip: box!, animations: 'disabled' })
  await seeThrough.evaluate((style) => (style as Element).remove())
  return shot
}

test('the diagram stays drawn behind the wizard, the import and the bundle dialogs, and unchanged after them', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  const designer = new Designer(page)
  await importPlant(designer, 12, 16)
  await fitView(page)
  // the fit view button's hover and focus would differ from the shots behind the dialogs (which take the focus)
  await page.mouse.move(1, 1)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  const drawnNodes = drawnDiagram(page).locator('.react-flow__node')
  const count = await drawnNodes.count()
  expect(count).toBeGreaterThan(16)
  const transform = await drawnDiagram(page).locator('.react-flow__viewport').getAttribute('style')
  const before = await canvasPixels(page)
  const dialogs = [
    { open: page.getByRole('button', { name: 'New network' }).first(), dialog: 'New network', close: 'Cancel' },
    { open: page.getByRole('button', { name: 'Import YAML' }), dialog: 'Import manifests', close: 'Cancel' },
    { open: page.getByRole('button', { name: 'Export bundle' }), dialog: 'Export the bundle', close: 'Close' },
  ]
  for (const { open, dialog: name, close } of dialogs) {
    await open.click()
    const dialog = page.getByRole('dialog', { name })
    await expect(dialog).toBeVisible()
    await expect(diagram(page)).toHaveCount(0)
    // the same nodes, drawn where they were: counted, with a size on screen, and the same pixels behind the dialog
    await expect(drawnNodes).toHaveCount(count)
    await expect(drawnDiagram(page).locator('.react-flow__node-workload').first()).toBeVisible()
    expect(await drawnDiagram(page).locator('.react-flow__viewport').getAttribute('style')).toBe(transform)
    expect(await canvasPixels(page), `behind ${name}`).toEqual(before)
    await page.screenshot({ path: `test-results/topology-behind-${name.replace(/\W+/g, '-')}.png` })
    await dialog.getByRole('button', { name: close, exact: true }).click()
    await expect(dialog).toBeHidden()
    await expect(nodes(page)).toHaveCount(count)
  }
})

test('Find: a name typed in the box centres its node at a readable zoom and opens it as a click does', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  const designer = new Designer(page)
  await importPlant(designer, 12, 60)
  const find = diagram(page).getByRole('combobox', { name: 'Find on the diagram' })
  // too tall to fit readably, the design starts at its top-left corner at a readable zoom, below 100 %
  expect(await viewportZoom(page)).toBeGreaterThanOrEqual(0.5)
  expect(await viewportZoom(page)).toBeLessThan(1)

  // the best match is highlighted: Enter alone takes line-37 (not line-370…), which opens in the inspector
  await find.fill('LINE-37')
  await expect(page.getByRole('option').first()).toContainText('line-37')
  await page.keyboard.press('Enter')
  const line37 = diagram(page).locator('.react-flow__node-workload').filter({ has: page.getByText('line-37', { exact: true }) })
  await expect(line37).toHaveClass(/selected/)
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'line-37' })).toBeVisible()
  await expectWithinCanvas(page, line37)
  expect(await viewportZoom(page)).toBeGreaterThanOrEqual(1)
  await page.screenshot({ path: 'test-results/topology-find-workload.png' })

  // arrows pick among the matches: a NAD by namespace/name, the second of net-1, net-10, net-11
  await find.fill('plant/net-1')
  await expect(page.getByRole('option')).toHaveCount(3)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const net10 = diagram(page).locator('.react-flow__node-network').filter({ has: page.getByTitle('net-10', { exact: true }) })
  await expect(net10).toHaveClass(/selected/)
  await expect(diagram(page).locator('.react-flow__node.selected')).toHaveCount(1)
  await expect(page.getByRole('region', { name: 'Inspector' }).getByRole('heading', { name: 'net-10' })).toBeVisible()
  await expectWithinCanvas(page, net10)

  // a bridge is found and selected on the canvas too; a name nothing has says so
  await find.fill('br-3')
  await page.keyboard.press('Enter')
  await expect(diagram(page).locator('.react-flow__node[data-id="bridge:br-3"]')).toHaveClass(/selected/)
  await find.fill('router')
  await expect(page.getByText('Nothing on the diagram has that name')).toBeVisible()
  await page.keyboard.press('Escape')
})

test('Find in Japanese and dark', async ({ page }) => {
  const designer = new Designer(page)
  await importPlant(designer, 4, 6)
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await designer.choose('Language', '日本語')
  const find = page.getByRole('region', { name: 'トポロジー' }).getByRole('combobox', { name: '図で検索' })
  await expect(find).toHaveAttribute('placeholder', 'Pod、NAD、ブリッジ、NIC を検索')
  await find.fill('line-5')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('region', { name: 'インスペクター' }).getByRole('heading', { name: 'line-5' })).toBeVisible()
  await page.screenshot({ path: 'test-results/topology-find-ja-dark.png' })
})

/** The whole node is on the canvas (the glide to it has ended). */
async function expectWithinCanvas(page: Page, node: Locator) {
  const canvas = (await drawnDiagram(page).locator('.react-flow').boundingBox())!
  await expect.poll(async () => {
    const box = await node.boundingBox()
    return box !== null && box.x >= canvas.x - 0.5 && box.y >= canvas.y - 0.5
      && box.x + box.width <= canvas.x + canvas.width + 0.5 && box.y + box.height <= canvas.y + canvas.height + 0.5
  }).toBe(true)
}

async function drawnViewportStyle(page: Page) {
  return (await drawnDiagram(page).locator('.react-flow__viewport').getAttribute('style')) ?? ''
}

const viewportZoom = async (page: Page) => Number((await drawnViewportStyle(page)).match(/scale\(([\d.]+)\)/)?.[1])

/** The width and height a PNG file declares (its IHDR chunk). */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

test('200 workloads: the design starts at its top-left cards, readable; Export offers the current view, saved sharp and quick', async ({ page }) => {
  test.setTimeout(150_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  const designer = new Designer(page)
  await importPlant(designer, 60, 200)
  await expect.poll(() => viewportZoom(page)).toBeGreaterThanOrEqual(0.5)
  const { drawn, covered } = await nodesUnderPanels(page)
  expect(drawn).toBeGreaterThan(1)
  expect(covered).toEqual([])
  // whole workload cards are on screen, not a strip of edges
  const wholeCards = await page.evaluate(() => {
    const canvas = document.querySelector('section[aria-label="Topology"] .react-flow')!.getBoundingClientRect()
    return Array.from(document.querySelectorAll('.react-flow__node-workload')).map((node) => node.getBoundingClientRect())
      .filter((box) => box.top >= canvas.top && box.bottom <= canvas.bottom && box.left >= canvas.left && box.right <= canvas.right).length
  })
  expect(wholeCards).toBeGreaterThanOrEqual(2)
  await page.screenshot({ path: 'test-results/topology-tall-framed.png' })
  // Fit view frames it the same way, not as a thin strip of the whole
  await diagram(page).getByRole('button', { name: 'Zoom out' }).click()
  await fitView(page)
  await expect.poll(() => viewportZoom(page)).toBeGreaterThanOrEqual(0.5)

  // the whole PNG would be scaled past reading and slow to draw: the current view is offered first, and says why
  await diagram(page).getByRole('button', { name: 'Export PNG' }).click()
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem', { name: /^The whole design, scaled to \d+ %/ })).toContainText('hard to read')
  await page.screenshot({ path: 'test-results/topology-export-choice.png' })
  const started = Date.now()
  const [png] = await Promise.all([page.waitForEvent('download'), menu.getByRole('menuitem', { name: /^The current view/ }).click()])
  expect(png.suggestedFilename()).toBe('topology-view.png')
  const canvas = (await drawnDiagram(page).locator('.react-flow').boundingBox())!
  expect(pngSize(await readFile((await png.path())!))).toEqual({ width: Math.round(canvas.width) * 2, height: Math.round(canvas.height) * 2 })
  expect(Date.now() - started).toBeLessThan(20_000)
  await expect(diagram(page).getByRole('button', { name: 'Export PNG' })).toBeEnabled()

  // the SVG stays readable whole but is slow: the same choice, Escape changes nothing
  await diagram(page).getByRole('button', { name: 'Export SVG' }).click()
  await expect(menu.getByRole('menuitem', { name: /^The whole design/ })).toContainText(/Drawing \d{3} cards/)
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
})
