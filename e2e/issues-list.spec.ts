import { expect, test } from '@playwright/test'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

test('a project-wide note in the issues list explains what to do on the device and leads to the networks it concerns', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/macvlan-net/)
  await designer.addPreset(/bridge-conf/)
  const issues = page.getByRole('region', { name: /^Issues/ })

  await issues.getByRole('button', { name: /project\.dhcp-daemon-required/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Note about the whole project' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('dhcp-daemon')
  await expect(dialog.getByRole('region', { name: 'On the device' }).or(dialog.getByLabel('On the device'))).toContainText('openshift-multus')
  await page.screenshot({ path: '/tmp/project-issue.png' })

  // the note concerns the dhcp network only; a click selects it and focuses its IPAM type
  await expect(dialog.getByRole('button', { name: 'bridge-conf' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'macvlan-net' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('combobox', { name: 'IPAM type (ipam.type)' })).toBeFocused()
  await expect(page.getByRole('navigation').getByRole('button', { name: /^macvlan-net/ })).toHaveAttribute('aria-current', 'true')

  await issues.getByRole('button', { name: /project\.network-policies-do-not-apply/ }).click()
  await expect(dialog).toContainText('eth0')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
})
