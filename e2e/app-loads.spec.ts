import { expect, test } from '@playwright/test'

test('the app loads and names itself', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'NAD Designer' })).toBeVisible()
})
