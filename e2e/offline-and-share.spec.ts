import { expect, test, type Page } from '@playwright/test'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

/** Collects every request's URL and every CSP violation the page reports, from the first byte on. */
async function watchPage(page: Page) {
  const requests: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
  })
  return {
    requests,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  }
}

async function openShareDialog(page: Page) {
  await page.getByRole('button', { name: 'Share or save the project' }).click()
  return page.getByRole('dialog', { name: 'Share the project' })
}

test('a whole journey sends no request to any other origin and breaks no rule of the strict Content-Security-Policy', async ({ page, baseURL }) => {
  const watched = await watchPage(page)
  const response = await page.goto('/')
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toContain("default-src 'self'")
  expect(meta).not.toContain('unsafe-eval')
  expect(meta).not.toMatch(/script-src[^;]*unsafe-inline/)

  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/bridge-conf/)
  await expect(page.locator('.cm-editor')).toBeVisible()
  await page.getByRole('button', { name: 'New example pod' }).click()
  await expect(page.getByRole('region', { name: 'Pod annotation' })).toBeVisible()
  await designer.startWizard('macvlan')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  const share = await openShareDialog(page)
  await expect(share.getByRole('textbox', { name: 'Link to this project' })).toHaveValue(/#p=1\./)
  await page.screenshot({ path: '/tmp/share-dialog.png' })

  const origin = new URL(baseURL ?? '').origin
  const foreign = watched.requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)
  expect(foreign).toEqual([])
  expect(await watched.violations()).toEqual([])
})

test('a share link opened in a fresh browser shows what it holds, asks, and then gives the same YAML', async ({ page, browser }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/macvlan-net/)
  await page.getByRole('textbox', { name: 'Master interface (master)' }).fill('ens5')
  await expect.poll(() => designer.shownYaml('macvlan-net')).toContain('"master": "ens5"')
  const yaml = await designer.shownYaml('macvlan-net')
  const link = await (await openShareDialog(page)).getByRole('textbox', { name: 'Link to this project' }).inputValue()

  const fresh = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  try {
    const other = await fresh.newPage()
    const otherDesigner = new Designer(other)
    await otherDesigner.open()
    await otherDesigner.addPreset(/bridge-conf/)
    await other.goto(link)
    const offer = other.getByRole('dialog', { name: 'Open the project from this link?' })
    await expect(offer).toContainText('1 network: default/macvlan-net')
    await expect(offer).toContainText('Replacing overwrites the current project (1 network, 0 example workloads)')
    await other.screenshot({ path: '/tmp/share-offer.png' })
    await offer.getByRole('button', { name: 'Replace current project' }).click()
    const networks = other.getByRole('list', { name: 'Networks' })
    await expect(networks.getByRole('button', { name: /^macvlan-net/ })).toHaveCount(1)
    await networks.getByRole('button', { name: /^macvlan-net/ }).click()
    await expect.poll(() => otherDesigner.shownYaml('macvlan-net')).toBe(yaml)
    // the link is consumed: a reload keeps the project and asks nothing
    expect(new URL(other.url()).hash).toBe('')
    await other.reload()
    await expect(networks.getByRole('button', { name: /^macvlan-net/ })).toHaveCount(1)
    await expect(other.getByRole('dialog')).toHaveCount(0)
  } finally {
    await fresh.close()
  }
})

test('a damaged link changes nothing and says why', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/macvlan-net/)
  await page.goto('/#p=1.not-really-a-project')
  const dialog = page.getByRole('dialog', { name: 'This link cannot be opened' })
  await expect(dialog).toContainText('damaged or cut short')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('list', { name: 'Networks' }).getByRole('button', { name: /^macvlan-net/ })).toHaveCount(1)
})

test('an opened project file is shown before it replaces anything; a project too big for a link says so and offers the file', async ({ page }) => {
  // drawing 1,500 networks (navigator, issues, diagram) before the dialog can answer took over 20 s on a loaded 2-core CI machine
  test.setTimeout(120_000)
  const designer = new Designer(page)
  await designer.open()
  // random names hardly compress: 1,500 of them make a link far past the limit
  const random = () => Math.random().toString(36).slice(2, 12)
  const networks = Array.from({ length: 1500 }, (_, i) => {
    const name = `n${i}-${random()}${random()}${random()}${random()}`.slice(0, 50)
    return { id: `id-${i}`, name, namespace: 'default', config: { cniVersion: '0.4.0', type: 'bridge', bridge: `br${i % 100}` } }
  })
  const file = JSON.stringify({
    format: 'nad-designer-project', version: 1,
    project: { networks, workloads: [], hostNics: [], platform: { target: 'microshift-4.17', clusterNetwork: ['10.42.0.0/16'], serviceNetwork: ['10.43.0.0/16'] } },
  })
  let share = await openShareDialog(page)
  await share.getByLabel('Open project file…').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(file) })
  const offer = page.getByRole('dialog', { name: 'Open the project from this file?' })
  await expect(offer).toContainText('1500 networks:')
  await expect(offer).toContainText('and 1494 more')
  await offer.getByRole('button', { name: 'Replace current project' }).click()
  await expect(page.getByRole('dialog', { name: 'Share the project' })).toHaveCount(0)

  share = await openShareDialog(page)
  await expect(share.getByText(/makes a link of [\d,]+ characters, longer than browsers/)).toBeVisible({ timeout: 60_000 })
  await expect(share.getByRole('textbox', { name: 'Link to this project' })).toHaveCount(0)
  await page.screenshot({ path: '/tmp/share-too-long.png' })
  const [download] = await Promise.all([page.waitForEvent('download'), share.getByRole('button', { name: 'Download project file' }).click()])
  expect(download.suggestedFilename()).toBe('nad-designer-project.json')
})

test('after one visit the app loads and works with the network cut off', async ({ page, context }) => {
  const designer = new Designer(page)
  await designer.open()
  // the worker is active once every file of the app is in its cache
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await context.setOffline(true)
  try {
    await page.reload()
    await expect(page.getByRole('heading', { name: 'NAD Designer' })).toBeVisible()
    await designer.addPreset(/macvlan-net/)
    await expect(page.locator('.cm-editor')).toBeVisible()
    await expect.poll(() => designer.shownYaml('macvlan-net')).toContain('"type": "macvlan"')
    await page.screenshot({ path: '/tmp/offline.png' })
  } finally {
    await context.setOffline(false)
  }
})
