// Drives the built app in headless Chromium with a large project in storage and measures what one keystroke in a
// network field costs the page's main thread (CDP Performance metrics, summed over typed keys with idle gaps).
import { chromium, type Locator, type Page } from '@playwright/test'
import { build, preview } from 'vite'
import { serializeProjectFile } from '../src/core/project/project-file'
import type { Project } from '../src/core/project/model'

/** Main-thread time per keystroke: all tasks (script, style, layout, paint) and the script part of them. */
export interface KeystrokeCost {
  taskMs: number
  scriptMs: number
}

// One folder per port, as the e2e builds: benches in parallel worktrees never share one.
const outDirOf = (port: number) => `node_modules/.tmp/bench-dist-${port}`
const KEYS = 'abcdefghijklmnop'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

async function typeAndMeasure(page: Page, field: Locator): Promise<KeystrokeCost> {
  await field.click()
  await page.waitForTimeout(800)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const metrics = async () => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
  const before = await metrics()
  // About a fast typist's pace; the autosave debounce (300 ms) fires once at the end and is counted too.
  for (const key of KEYS) {
    await page.keyboard.press(key)
    await page.waitForTimeout(150)
  }
  await page.waitForTimeout(600)
  const after = await metrics()
  const perKey = (name: string) => (((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000) / KEYS.length
  await cdp.detach()
  return { taskMs: perKey('TaskDuration'), scriptMs: perKey('ScriptDuration') }
}

async function openWithProject(page: Page, url: string, project: Project): Promise<void> {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('bench-seeded')) {
      localStorage.setItem('nad-designer.project', text)
      sessionStorage.setItem('bench-seeded', '1')
    }
  }, serializeProjectFile(project))
  await page.goto(url)
  // the diagram is laid out and drawn before typing starts
  await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 })
  await page.waitForTimeout(1000)
}

/** Builds the app, then types into the wizard's bridge field and into an existing network's form in the inspector. */
export async function measureKeystrokes(project: Project, port: number): Promise<{ wizard: KeystrokeCost; inspector: KeystrokeCost }> {
  await build({ logLevel: 'warn', build: { outDir: outDirOf(port), emptyOutDir: true } })
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true }, build: { outDir: outDirOf(port) } })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const url = `http://127.0.0.1:${port}/`
    const wizardPage = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await openWithProject(wizardPage, url, project)
    await wizardPage.getByRole('button', { name: 'New network' }).first().click()
    const dialog = wizardPage.getByRole('dialog', { name: 'New network' })
    await dialog.getByRole('radio', { name: /^bridge/ }).click()
    await dialog.getByRole('button', { name: 'Next' }).click()
    const wizard = await typeAndMeasure(wizardPage, dialog.getByRole('textbox', { name: 'Bridge name (bridge)' }))
    await wizardPage.close()

    const inspectorPage = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await openWithProject(inspectorPage, url, project)
    const bridgeNetwork = project.networks.find((n) => n.config?.type === 'bridge')!
    await inspectorPage.getByRole('navigation').getByRole('button', { name: new RegExp(`^${bridgeNetwork.name}\\b`) }).first().click()
    const form = inspectorPage.getByRole('form', { name: bridgeNetwork.name })
    const inspector = await typeAndMeasure(inspectorPage, form.getByRole('textbox', { name: 'Bridge name (bridge)' }))
    await inspectorPage.close()
    return { wizard, inspector }
  } finally {
    await browser.close()
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  }
}
