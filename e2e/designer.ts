import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { load } from 'js-yaml'

/**
 * Put `entries` into localStorage before the app's first script runs, once per tab. Writing them from a loaded page
 * races the app: its autosave on pagehide writes the project library again after the test's writes.
 */
export async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('e2e.seeded')) return
    sessionStorage.setItem('e2e.seeded', '1')
    localStorage.clear()
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value)
  }, entries)
}

/**
 * The box of `locator` once the diagram has stopped moving it (a new layout arrives from its worker and is framed a
 * moment after the nodes render): two reads in a row agree.
 */
export async function settledBox(locator: Locator) {
  let last = await locator.boundingBox()
  await expect.poll(async () => {
    const box = await locator.boundingBox()
    const same = JSON.stringify(box) === JSON.stringify(last)
    last = box
    return same && box !== null
  }, { intervals: [250] }).toBe(true)
  return last!
}

/** A designer page, driven the way a user would: by roles and labels. */
export class Designer {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/')
    await this.page.evaluate(() => localStorage.clear())
    await this.page.goto('/')
    await expect(this.page.getByRole('heading', { name: 'NAD Designer' })).toBeVisible()
  }

  get wizard() {
    return this.page.getByRole('dialog', { name: 'New network' })
  }

  /** Fill a text field found by its accessible name (which carries the CNI key). */
  async fill(label: string | RegExp, value: string, scope: Page | Locator = this.page) {
    const field = scope.getByRole('textbox', { name: label })
    await field.fill(value)
  }

  /** Pick a value in a select found by its accessible name. */
  async choose(label: string | RegExp, option: string | RegExp, scope: Page | Locator = this.page) {
    await scope.getByRole('combobox', { name: label }).click()
    await this.page.getByRole('option', { name: option }).click()
  }

  async toggle(label: string | RegExp, on: boolean, scope: Page | Locator = this.page) {
    const input = scope.getByRole('switch', { name: label })
    if (on) await input.check()
    else await input.uncheck()
  }

  async startWizard(plugin: 'bridge' | 'macvlan' | 'ipvlan') {
    await this.page.getByRole('button', { name: 'New network' }).first().click()
    await expect(this.wizard).toBeVisible()
    await this.wizard.getByRole('radio', { name: new RegExp(`^${plugin}`) }).click()
  }

  /** Unfold the "Advanced" keys of a wizard step or of an edit form. */
  async openAdvanced(scope: Locator = this.wizard) {
    const advanced = scope.getByRole('button', { name: 'Advanced' })
    await advanced.click()
    await expect(advanced).toHaveAttribute('aria-expanded', 'true')
  }

  async next() {
    await this.wizard.getByRole('button', { name: 'Next' }).click()
  }

  /** Add a network from the header's Presets menu. */
  async addPreset(name: RegExp) {
    await this.page.getByRole('button', { name: 'Presets' }).click()
    await this.page.getByRole('menuitem', { name }).click()
  }

  /** Click a download button and return the parsed file and its name. */
  async download(button: string): Promise<{ fileName: string; doc: Record<string, unknown>; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ])
    return readDownload(download)
  }

  /** The YAML the inspector's editor shows for `network`, as on screen (CodeMirror renders every line of documents this short). */
  shownYaml(network: string) {
    return this.page.getByRole('textbox', { name: `YAML of ${network}` })
      .evaluate((editor) => Array.from(editor.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n'))
  }

  /** Click "Download YAML" and return the parsed file and its name. */
  downloadYaml() {
    return this.download('Download YAML')
  }
}

async function readDownload(download: Download) {
  const path = await download.path()
  const text = await readFile(path, 'utf8')
  const fileName = download.suggestedFilename()
  // only YAML and JSON files are parsed; other downloads (tables, scripts) are checked as text
  const doc = /\.(ya?ml|json)$/.test(fileName) ? load(text) as Record<string, unknown> : {}
  return { fileName, doc, text }
}

/** spec.config of a NAD document, parsed. */
export function configOf(doc: Record<string, unknown>): Record<string, unknown> {
  const spec = doc.spec as { config: string }
  return JSON.parse(spec.config) as Record<string, unknown>
}
