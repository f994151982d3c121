// Drives the built app in headless Chromium with a large project in storage and measures what one keystroke in a
// network field costs the page's main thread (CDP Performance metrics, summed over typed keys with idle gaps).
import { chromium, type Locator, type Page } from '@playwright/test'
import { build, preview } from 'vite'
import { serializeProjectFile } from '../src/core/project/project-file'
import type { Project } from '../src/core/project/model'
import { median } from './compare-processes'

/** Main-thread cost of one keystroke, medians over rounds: script time, all tasks, and the thread's CPU time. */
export interface KeystrokeCost {
  taskMs: number
  scriptMs: number
  /** CPU time of the renderer's main thread (less sensitive to other processes than the durations above). */
  cpuMs?: number
  rounds: number
}

// One folder per port, as the e2e builds: benches in parallel worktrees never share one.
const outDirOf = (port: number) => `node_modules/.tmp/bench-dist-${port}`
const KEYS = 'abcdefghijklmnop'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
/** Rounds of KEYS.length keys each; BENCH_KEYSTROKE_ROUNDS sets more for steadier medians on a busy machine. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_KEYSTROKE_ROUNDS) || 5)

/** One round: KEYS typed at a fast typist's pace, the metrics' growth divided per key. */
async function measureRound(page: Page, metrics: () => Promise<Map<string, number>>): Promise<Map<string, number>> {
  const before = await metrics()
  // The autosave debounce (300 ms) fires once at the end of the round and is counted too.
  for (const key of KEYS) {
    await page.keyboard.press(key)
    await page.waitForTimeout(150)
  }
  await page.waitForTimeout(600)
  const after = await metrics()
  return new Map([...after].map(([name, value]) => [name, ((value - (before.get(name) ?? 0)) * 1000) / KEYS.length]))
}

async function typeAndMeasure(page: Page, field: Locator): Promise<KeystrokeCost> {
  await field.click()
  await page.waitForTimeout(800)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const metrics = async () => new Map((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]))
  const rounds: Map<string, number>[] = []
  for (let round = 0; round < ROUNDS; round++) {
    rounds.push(await measureRound(page, metrics))
    // the field's text grows by KEYS each round: start every round from the same text
    for (let i = 0; i < KEYS.length; i++) await page.keyboard.press('Backspace')
    await page.waitForTimeout(600)
  }
  await cdp.detach()
  const perKey = (name: string) => median(rounds.map((round) => round.get(name) ?? 0))
  // ThreadTime (CPU time of the main thread) exists in recent Chromium only.
  const cpuMs = rounds[0]!.has('ThreadTime') ? perKey('ThreadTime') : undefined
  return { taskMs: perKey('TaskDuration'), scriptMs: perKey('ScriptDuration'), cpuMs, rounds: ROUNDS }
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
