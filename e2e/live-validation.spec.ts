import { expect, test } from '@playwright/test'
import { Designer, seedStorage } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

test('a wrong subnet shows an error at the field, in the issues list and in the header count, and fixing it clears them', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/Host-only bridge/)

  const count = page.getByTestId('issue-count')
  await expect(count).toHaveAccessibleName(/^Errors: 0,/)
  const subnet = page.getByRole('textbox', { name: 'Subnet (subnet)', exact: true })
  await subnet.fill('192.168.100.0/33')

  // at the field: the accessible description carries the explanation
  await expect(subnet).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText(/192\.168\.100\.0\/33/).first()).toBeVisible()
  await expect(count).toHaveAccessibleName(/^Errors: [1-9]\d*,/)
  const issues = page.getByRole('region', { name: /^Issues/ })
  const row = issues.getByRole('button', { name: /host-local\.subnet-invalid-cidr/ })
  await expect(row).toBeVisible()
  // and on its line in the YAML
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(1)
  await expect(page.locator('.cm-lintRange-error')).toHaveText('"subnet": "192.168.100.0/33",')
  await page.screenshot({ path: '/tmp/validation-error.png' })

  // clicking the issue focuses its field
  await page.getByRole('textbox', { name: 'Network name (metadata.name)' }).focus()
  await row.click()
  await expect(subnet).toBeFocused()

  await subnet.fill('192.168.100.0/24')
  await expect(subnet).not.toHaveAttribute('aria-invalid', 'true')
  await expect(count).toHaveAccessibleName(/^Errors: 0,/)
  await expect(issues.getByRole('button', { name: /host-local\.subnet-invalid-cidr/ })).toHaveCount(0)
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0)
})

test('the YAML copied to the clipboard is the YAML shown', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/macvlan-net/)
  await page.getByRole('button', { name: 'Copy YAML' }).click()
  await expect(page.getByText('YAML copied to the clipboard')).toBeVisible()
  const clip = await page.evaluate(() => navigator.clipboard.readText())
  expect(clip).toContain('kind: NetworkAttachmentDefinition')
  expect(clip).toContain('"type": "macvlan"')

  // the one-line form of spec.config
  await page.getByRole('button', { name: 'One line' }).click()
  await page.getByRole('button', { name: 'Copy YAML' }).click()
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/config: '\{"cniVersion":"0\.3\.1",.*"type":"macvlan"/)
})

test('valid YAML edits flow back into the form; invalid ones are explained by line and keep the form', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/macvlan-net/)
  const master = page.getByRole('textbox', { name: 'Master interface (master)' })
  await expect(master).toHaveValue('eth1')

  // a jump from the issues list earlier must not pull focus out of the YAML editor later
  await page.getByRole('region', { name: /^Issues/ }).getByRole('button', { name: /dhcp\.ipv4-only/ }).click()
  await expect(page.getByRole('combobox', { name: 'IPAM type (ipam.type)' })).toBeFocused()

  const editor = page.getByRole('textbox', { name: /YAML of macvlan-net/ })
  await editor.click()
  // replace "eth1" with "eth2" by editing the text in place
  const text = await editor.textContent()
  expect(text).toContain('"master": "eth1"')
  await page.getByText('"eth1"').click()
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('Backspace')
  await page.keyboard.type('2')
  await expect(master).toHaveValue('eth2')

  // break the JSON inside spec.config: rejected with a line, the form keeps eth2
  await page.keyboard.press('End')
  await page.keyboard.press('Backspace')
  await expect(page.getByText('This YAML was not applied')).toBeVisible()
  await expect(page.getByText(/^Line \d+/).first()).toBeVisible()
  await page.screenshot({ path: '/tmp/yaml-rejected.png' })
  await expect(master).toHaveValue('eth2')
  // Copy and Download would give the last valid YAML, not the text on screen: they are off and say why
  await expect(page.getByRole('button', { name: 'Copy YAML' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Download YAML' })).toBeDisabled()
  await expect(page.getByText('Copy and Download are off while the edited YAML is not applied: fix it or Revert.')).toBeVisible()
  await page.getByRole('button', { name: 'Revert' }).click()
  await expect(page.getByText('This YAML was not applied')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Copy YAML' })).toBeEnabled()
  await expect(page.getByText(/Copy and Download are off/)).toBeHidden()
})

test('the project survives a reload', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/ipvlan-net/)
  await page.getByRole('textbox', { name: 'Master interface (master)' }).fill('enp9s0')
  // autosave runs a moment after the last change: wait for it, not for a fixed time
  await expect.poll(() => page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('nad-designer.projects.')).map(([, text]) => text).join())).toContain('enp9s0')
  await page.reload()
  await page.getByRole('navigation').getByRole('button', { name: /^ipvlan-net/ }).click()
  await expect(page.getByRole('textbox', { name: 'Master interface (master)' })).toHaveValue('enp9s0')
})

test('a damaged autosave of an earlier build does not stop the app, is reported and kept', async ({ page }) => {
  await seedStorage(page, { 'nad-designer.project': '{"format":"nad-designer-project","version":1,"project":{"networks":"oops"}}' })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'NAD Designer' })).toBeVisible()
  await expect(page.getByText('No networks yet')).toBeVisible()
  await expect(page.getByText(/^Project My project cannot be opened: The project file's networks is missing/)).toBeVisible()
  const kept = await page.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('nad-designer.projects.')).map(([, text]) => text))
  expect(kept).toContain('{"format":"nad-designer-project","version":1,"project":{"networks":"oops"}}')
})

test('listing the node NICs lets the designer check the master and its MTU', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await page.getByRole('button', { name: 'Add NIC' }).click()
  await page.getByRole('button', { name: 'Add NIC' }).click()
  const nics = page.getByRole('region', { name: 'Node NICs' })
  await expect(nics.getByRole('textbox', { name: 'Name' }).nth(1)).toHaveValue('eth1')
  await designer.addPreset(/macvlan-net/)
  const mtu = page.getByRole('textbox', { name: 'MTU (mtu)' })
  await mtu.fill('9000')
  await mtu.press('Tab')
  await expect(mtu).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('region', { name: /^Issues/ }).getByRole('button', { name: /macvlan\.mtu-above-master/ })).toBeVisible()
  await mtu.fill('1500')
  await mtu.press('Tab')
  await expect(mtu).toHaveAttribute('aria-invalid', 'false')
  await page.screenshot({ path: '/tmp/nics.png' })
})

test('the cluster networks are part of the design: a NAD subnet overlapping them is an issue at the subnet', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/bridge-conf/)
  const issues = page.getByRole('region', { name: /^Issues/ })
  await expect(issues.getByRole('button', { name: /subnet\.overlaps-cluster-network/ })).toHaveCount(0)
  const cluster = page.getByRole('region', { name: 'Cluster networks' }).getByRole('textbox', { name: 'Cluster network (clusterNetwork)' })
  await cluster.fill('10.10.0.0/16')
  await issues.getByRole('button', { name: /subnet\.overlaps-cluster-network/ }).click()
  await expect(page.getByRole('textbox', { name: 'Subnet (subnet)', exact: true })).toBeFocused()
  await cluster.fill('10.42.0.0/16')
  await expect(issues.getByRole('button', { name: /subnet\.overlaps-cluster-network/ })).toHaveCount(0)
})

test('deleting a network from the inspector can be undone', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/ipvlan-net/)
  await page.getByRole('region', { name: 'Inspector' }).getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByText('No networks yet')).toBeVisible()
  // the snackbar's Undo (the header has its own)
  const snackbar = page.getByRole('alert').filter({ hasText: 'Deleted network ipvlan-net' })
  await snackbar.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('navigation').getByRole('button', { name: /^ipvlan-net/ })).toBeVisible()
  await expect(snackbar).toHaveCount(0)
})

test('a half-typed MTU is not written into the project: the YAML and the issues wait until the field is left', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/macvlan-net/)
  const count = page.getByTestId('issue-count')
  await expect(count).toHaveAccessibleName(/^Errors: 0,/)
  const mtu = page.getByRole('textbox', { name: 'MTU (mtu)' })
  await mtu.pressSequentially('15')
  // on the way to 1500: no value yet, so no "outside the kernel range" error anywhere
  await expect(mtu).toHaveAttribute('aria-invalid', 'false')
  await expect(count).toHaveAccessibleName(/^Errors: 0,/)
  expect(await designer.shownYaml('macvlan-net')).not.toContain('"mtu"')
  await mtu.pressSequentially('00')
  await mtu.press('Tab')
  await expect.poll(() => designer.shownYaml('macvlan-net')).toContain('"mtu": 1500')
  // text that is no number stays as typed, is explained, and the YAML keeps the last value
  await mtu.fill('1e3')
  await mtu.press('Tab')
  await expect(mtu).toHaveValue('1e3')
  await expect(mtu).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('Enter a whole number, e.g. 1500. Until then the YAML keeps 1500.')).toBeVisible()
  expect(await designer.shownYaml('macvlan-net')).toContain('"mtu": 1500')
  await page.screenshot({ path: '/tmp/wizard-11/mtu-unreadable.png' })
  // emptied and left: the key goes
  await mtu.fill('')
  await mtu.press('Tab')
  await expect.poll(() => designer.shownYaml('macvlan-net')).not.toContain('"mtu"')
})
