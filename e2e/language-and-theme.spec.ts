import { expect, test } from '@playwright/test'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

test('switching to Japanese translates the UI and the validation messages, and the choice sticks', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/bridge-conf/)
  await page.getByRole('textbox', { name: 'Subnet (subnet)', exact: true }).fill('10.10.0.0/33')

  await designer.choose('Language', '日本語')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('button', { name: '新しいネットワーク' }).first()).toBeVisible()
  await expect(page.getByRole('textbox', { name: '使用する仮想ブリッジの名前 (bridge)' })).toHaveValue('test-bridge')
  await expect(page.getByRole('switch', { name: 'IP マスカレード (ipMasq)' })).toBeVisible()
  // the issue is translated by its code, with its parameters
  const issues = page.getByRole('region', { name: /^問題/ })
  await expect(issues.getByRole('button', { name: /host-local\.subnet-invalid-cidr/ })).toContainText('10.10.0.0/33')
  await expect(issues.getByRole('button', { name: /host-local\.subnet-invalid-cidr/ })).not.toContainText('is rejected')
  await page.screenshot({ path: '/tmp/japanese.png' })

  await page.reload()
  await expect(page.getByRole('button', { name: '新しいネットワーク' }).first()).toBeVisible()
  await designer.choose('言語', 'English')
  await expect(page.getByRole('button', { name: 'New network' }).first()).toBeVisible()
})

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' })
  test('starts in Japanese', async ({ page }) => {
    await page.goto('/')
    await page.evaluate(() => localStorage.clear())
    await page.reload()
    await expect(page.getByRole('heading', { name: 'NAD Designer' })).toBeVisible()
    await expect(page.getByRole('button', { name: '新しいネットワーク' }).first()).toBeVisible()
  })
})

test('the dark theme can be switched on and is remembered', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/macvlan-net/)
  await page.getByRole('button', { name: 'Switch to dark theme' }).click()
  await expect(page.locator('html')).toHaveClass(/dark/)
  await expect(page.locator('.cm-editor')).toBeVisible()
  await page.screenshot({ path: '/tmp/dark.png' })
  await page.reload()
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible()
})
