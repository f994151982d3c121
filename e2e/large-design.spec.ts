import { expect, test } from '@playwright/test'
import { seedStorage } from './designer'

test.use({ viewport: { width: 1440, height: 900 } })

// 150 bridge networks without IPAM: 150 list rows and 150 "no IPAM" notes, more than a list draws at first.
const networks = Array.from({ length: 150 }, (_, i) => ({
  id: `net-${i}`, name: `lan-${String(i).padStart(3, '0')}`, namespace: 'default', config: { cniVersion: '0.4.0', type: 'bridge', bridge: `br${i % 10}` },
}))
const project = {
  format: 'nad-designer-project', version: 1,
  project: { networks, workloads: [], hostNics: [], platform: { target: 'microshift-4.17', clusterNetwork: ['10.42.0.0/16'], serviceNetwork: ['10.43.0.0/16'] } },
}

test('a design of 150 networks lists 100 of them and of its issues at first, and the rest on request', async ({ page }) => {
  test.setTimeout(90_000)
  await seedStorage(page, { 'nad-designer.project': JSON.stringify(project) })
  await page.goto('/')
  const listed = page.getByRole('list', { name: 'Networks' }).getByRole('listitem')
  await expect(listed).toHaveCount(100, { timeout: 30_000 })
  await expect(listed.last()).toContainText('lan-099')
  await page.getByRole('button', { name: 'Show 50 more (50 not shown)' }).click()
  await expect(listed).toHaveCount(150)
  await listed.last().getByRole('button', { name: /^lan-149/ }).click()
  await expect(page.getByRole('form', { name: 'lan-149' })).toBeVisible()

  const issues = page.locator('#issues-panel').getByRole('listitem')
  // and two notes about the whole project (NetworkPolicies, the Multus install)
  await expect(page.getByRole('heading', { name: 'Issues (152)' })).toBeVisible()
  await expect(issues).toHaveCount(100)
  await expect(issues.filter({ hasText: 'lan-149' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Show 52 more issues (52 not shown)' }).click()
  await expect(issues).toHaveCount(152)
  await expect(issues.filter({ hasText: 'lan-149' })).toHaveCount(1)
})
