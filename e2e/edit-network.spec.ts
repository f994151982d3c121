import { expect, test } from '@playwright/test'
import { configOf, Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

test('editing a network in the inspector, advanced keys included, downloads exactly the YAML shown', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/bridge-conf/)
  const form = page.getByRole('form', { name: 'bridge-conf' })

  await designer.choose('CNI spec version (cniVersion)', /^1\.0\.0/, form)
  await designer.toggle('Gateway address on the bridge (isGateway)', true, form)
  await designer.toggle('IP masquerade (ipMasq)', true, form)
  await designer.fill('MTU (mtu)', '1400', form)
  // emptying a field leaves its key out
  await designer.fill('Last address (rangeEnd)', '', form)
  await designer.openAdvanced(form)
  await designer.toggle('Hairpin mode (hairpinMode)', true, form)
  await designer.fill('VLAN trunk (vlanTrunk)', '100, 200-300', form)
  // an error caught at the field does not reach the YAML
  const vlan = form.getByRole('textbox', { name: 'VLAN id (vlan)' })
  await vlan.fill('12x')
  await vlan.press('Tab')
  await expect(vlan).toHaveAttribute('aria-invalid', 'true')
  await expect(vlan).toHaveValue('12x')
  await expect(form.getByText('Enter a whole number, e.g. 1500. Until then vlan is left out of the YAML.')).toBeVisible()
  await expect(page.getByRole('textbox', { name: /YAML of bridge-conf/ })).not.toContainText('"vlan"')
  await vlan.fill('')
  await vlan.press('Tab')

  const editor = page.getByRole('textbox', { name: /YAML of bridge-conf/ })
  await expect(editor).toContainText('"hairpinMode": true')
  const { fileName, doc, text } = await designer.downloadYaml()
  expect(fileName).toBe('bridge-conf.yaml')
  expect(await designer.shownYaml('bridge-conf')).toBe(text)
  const config = configOf(doc)
  expect(config).toEqual({
    cniVersion: '1.0.0', name: 'bridge-conf', type: 'bridge', bridge: 'test-bridge', isGateway: true, ipMasq: true, mtu: 1400,
    hairpinMode: true, vlanTrunk: [{ id: 100 }, { minID: 200, maxID: 300 }],
    ipam: {
      type: 'host-local', dataDir: '/var/lib/cni/test-bridge',
      ranges: [[{ subnet: '10.10.0.0/16', rangeStart: '10.10.1.20', gateway: '10.10.0.254' }]],
    },
  })

  // a duplicate is a second NAD under a free name, selected at once
  await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Duplicate' }).click()
  await expect(page.getByRole('form', { name: 'bridge-conf-copy' })).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('button', { name: /^bridge-conf-copy/ })).toHaveAttribute('aria-current', 'true')
  const copy = await designer.downloadYaml()
  expect(copy.fileName).toBe('bridge-conf-copy.yaml')
  expect(configOf(copy.doc)).toMatchObject({ hairpinMode: true, mtu: 1400 })
})
