import { expect, test } from '@playwright/test'
import { configOf, Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

test('a macvlan network made with the wizard downloads as the YAML the form describes', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await page.getByRole('button', { name: 'New network' }).first().click()
  await expect(designer.wizard.getByRole('radio', { name: /^macvlan/ })).toBeVisible()
  await page.screenshot({ path: '/tmp/wizard-plugin.png' })
  await designer.wizard.getByRole('radio', { name: /^macvlan/ }).click()

  const wizard = designer.wizard
  await designer.fill('Network name (metadata.name)', 'plant-lan', wizard)
  await designer.fill('Namespace (metadata.namespace)', 'edge-apps', wizard)
  await designer.choose('CNI spec version (cniVersion)', /^1\.0\.0/, wizard)
  await page.screenshot({ path: '/tmp/wizard-general.png' })
  await designer.next()

  await designer.fill('Master interface (master)', 'enp2s0', wizard)
  await designer.choose('Mode (mode)', /^vepa/, wizard)
  // a half-typed MTU is no value yet: no error while typing; left as "15", it is the user's value and is checked
  const mtu = wizard.getByRole('textbox', { name: 'MTU (mtu)' })
  await mtu.pressSequentially('15')
  await expect(mtu).toHaveAttribute('aria-invalid', 'false')
  await mtu.press('Tab')
  await expect(mtu).toHaveAttribute('aria-invalid', 'true')
  await expect(wizard.getByText(/mtu 15 is outside what the kernel accepts/)).toBeVisible()
  // text that is no number is kept and holds Next back, so nothing typed is lost
  await mtu.fill('1e3')
  await designer.next()
  await expect(mtu).toHaveValue('1e3')
  await expect(mtu).toBeFocused()
  await expect(wizard.getByText(/A field holds text that is not a valid value/)).toBeVisible()
  await expect(wizard.getByText('Enter a whole number, e.g. 1500. Until then the YAML keeps 15.')).toBeVisible()
  await page.screenshot({ path: '/tmp/wizard-11/macvlan-mtu-unreadable.png' })
  await mtu.fill('1400')
  await page.screenshot({ path: '/tmp/wizard-macvlan-settings.png' })
  await designer.next()

  await designer.choose('IPAM type (ipam.type)', /^dhcp/, wizard)
  await expect(wizard.getByRole('alert').filter({ hasText: 'dhcp-daemon' })).toBeVisible()
  await page.screenshot({ path: '/tmp/wizard-dhcp.png' })
  await designer.next()

  await expect(wizard.getByRole('region', { name: 'Manifest' }).or(wizard.getByLabel('Manifest'))).toContainText('plant-lan')
  await page.screenshot({ path: '/tmp/wizard-review.png' })
  await wizard.getByRole('button', { name: 'Create network' }).click()
  await expect(wizard).toBeHidden()

  const { fileName, doc, text } = await designer.downloadYaml()
  // the file is exactly the YAML the inspector shows
  expect(await designer.shownYaml('plant-lan')).toBe(text)
  expect(fileName).toBe('plant-lan.yaml')
  expect(doc.apiVersion).toBe('k8s.cni.cncf.io/v1')
  expect(doc.kind).toBe('NetworkAttachmentDefinition')
  expect(doc.metadata).toEqual({ name: 'plant-lan', namespace: 'edge-apps' })
  const config = configOf(doc)
  expect(config.cniVersion).toBe('1.0.0')
  expect(config.name).toBe('plant-lan')
  expect(config.type).toBe('macvlan')
  expect(config.master).toBe('enp2s0')
  expect(config.mode).toBe('vepa')
  expect(config.mtu).toBe(1400)
  expect(config.ipam).toEqual({ type: 'dhcp' })
  expect(Object.keys(config)).not.toContain('linkInContainer')
})

test('clicking straight through with Next and Create makes the chapter\'s macvlan network: dhcp, no error', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.startWizard('macvlan')
  const wizard = designer.wizard
  await page.screenshot({ path: '/tmp/wizard-11/macvlan-through-general.png' })
  for (const step of ['settings', 'ipam', 'review']) {
    await designer.next()
    await page.screenshot({ path: `/tmp/wizard-11/macvlan-through-${step}.png` })
  }
  await wizard.getByRole('button', { name: 'Create network' }).click()
  await expect(wizard).toBeHidden()
  await expect(page.getByTestId('issue-count')).toHaveAccessibleName(/^Errors: 0,/)
  const config = configOf((await designer.downloadYaml()).doc)
  expect(config).toMatchObject({ type: 'macvlan', ipam: { type: 'dhcp' } })
})
