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
  await expect(dialog.getByLabel('On the device', { exact: true })).toContainText('openshift-multus')
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

  // the install commands download as a script, exactly as shown, their comment in the user's language
  await issues.getByRole('button', { name: /project\.multus-install-needs-reboot/ }).click()
  const shown = await dialog.getByLabel('On the device', { exact: true }).textContent()
  expect(shown).toContain('# after the reboot\n')
  const script = await designer.download('Download commands')
  expect(script.fileName).toBe('project.multus-install-needs-reboot.sh')
  expect(script.text).toBe(`${shown}\n`)
})

test('two node NICs with one name show an issue that leads to the NIC name field; a second primary leads to its checkbox', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await page.getByRole('button', { name: 'Add NIC' }).click()
  await page.getByRole('button', { name: 'Add NIC' }).click()
  const second = page.getByRole('group', { name: 'NIC eth1' })
  await second.getByRole('checkbox', { name: 'Primary' }).check()
  await designer.fill('Name', 'eth0', second)
  const issues = page.getByRole('region', { name: /^Issues/ })

  const duplicated = issues.getByRole('button', { name: /host-nic\.name-duplicated/ })
  await expect(duplicated).toContainText("Two NICs are named 'eth0'")
  await duplicated.click()
  const focused = page.locator(':focus')
  await expect(focused).toHaveAttribute('data-nic-field', 'name')
  await expect(focused).toHaveValue('eth0')
  await expect(page.getByRole('group', { name: 'NIC eth0' }).first()).toContainText('Two NICs are named')

  await issues.getByRole('button', { name: /host-nic\.primary-marked-twice/ }).click()
  await expect(focused).toHaveAttribute('data-nic-field', 'primary')

  // renaming the second NIC clears the duplicate
  await designer.fill('Name', 'eth1', page.getByRole('group', { name: 'NIC eth0' }).nth(1))
  await expect(issues.getByRole('button', { name: /host-nic\.name-duplicated/ })).toHaveCount(0)
})
