import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })
// Each axe scan of the whole page is CPU-bound (seconds each on a loaded 2-core machine); a test runs up to four.
test.describe.configure({ timeout: 90_000 })

/** Axe measures colours as painted, so a tooltip caught mid fade-in would read as low contrast. */
async function finishTransitions(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  )
}

async function seriousViolations(page: Page) {
  await finishTransitions(page)
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

test('no serious accessibility violations on the empty designer, a network, the wizard and a pod', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  expect(await seriousViolations(page)).toEqual([])

  await designer.addPreset(/bridge-conf/)
  await expect(page.locator('.cm-editor')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'New example pod' }).click()
  await expect(page.getByRole('region', { name: 'Pod annotation' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  // macvlan without a master: the settings step shows a warning at the field, whose text must be readable too
  await designer.startWizard('macvlan')
  await designer.next()
  await expect(designer.wizard.getByText(/master.*is not set/)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('no serious accessibility violations in the dark theme', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/ipvlan-net/)
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(page.locator('.cm-editor')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('no serious accessibility violations in Japanese, with a project-wide note open', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/macvlan-net/)
  await designer.choose('Language', '日本語')
  await expect(page.getByRole('button', { name: '新しいネットワーク' }).first()).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('region', { name: /^問題/ }).getByRole('button', { name: /project\.dhcp-daemon-required/ }).click()
  await expect(page.getByRole('dialog', { name: 'プロジェクト全体に関する注記' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the wizard can be completed with the keyboard alone', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await page.getByRole('button', { name: 'New network' }).first().focus()
  await page.keyboard.press('Enter')
  await expect(designer.wizard).toBeVisible()
  const macvlan = designer.wizard.getByRole('radio', { name: /^macvlan/ })
  await macvlan.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Network name (metadata.name)' })).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('kbd-net')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('combobox', { name: 'CNI spec version (cniVersion)' })).toBeFocused()
  const create = designer.wizard.getByRole('button', { name: 'Next' })
  for (let i = 0; i < 3; i++) await create.press('Enter')
  await designer.wizard.getByRole('button', { name: 'Create network' }).press('Enter')
  await expect(page.getByRole('navigation').getByRole('button', { name: /^kbd-net/ })).toBeVisible()
})
