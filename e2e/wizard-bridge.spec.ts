import { expect, test } from '@playwright/test'
import { configOf, Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

test('a dual-stack bridge network made with the wizard downloads as the YAML the form describes', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.startWizard('bridge')
  const wizard = designer.wizard

  await designer.fill('Network name (metadata.name)', 'pods-local', wizard)
  await designer.next()

  await designer.fill('Bridge name (bridge)', 'br-pods', wizard)
  await designer.toggle('Gateway address on the bridge (isGateway)', true, wizard)
  await designer.toggle('IP masquerade (ipMasq)', true, wizard)
  await designer.fill('VLAN id (vlan)', '42', wizard)
  // advanced keys are folded away until asked for
  await expect(wizard.getByRole('switch', { name: 'Keep default VLAN 1 (preserveDefaultVlan)' })).toBeHidden()
  await designer.openAdvanced()
  await designer.toggle('Keep default VLAN 1 (preserveDefaultVlan)', false, wizard)
  await page.screenshot({ path: '/tmp/wizard-bridge-settings.png' })
  await designer.next()

  // host-local is preselected with one empty range set
  const firstSet = wizard.getByRole('region', { name: 'Range set 1' })
  await designer.fill('Subnet (subnet)', '192.168.100.0/24', firstSet)
  await designer.fill('First address (rangeStart)', '192.168.100.10', firstSet)
  await designer.fill('Last address (rangeEnd)', '192.168.100.200', firstSet)
  await wizard.getByRole('button', { name: 'Add range set' }).click()
  const secondSet = wizard.getByRole('region', { name: 'Range set 2' })
  await designer.fill('Subnet (subnet)', 'fd00:100::/64', secondSet)
  await wizard.getByRole('button', { name: 'Add route' }).click()
  await designer.fill('Destination (dst)', '10.30.0.0/16', wizard)
  await designer.fill('Via gateway (gw)', '192.168.100.1', wizard)
  await page.screenshot({ path: '/tmp/wizard-host-local.png', fullPage: true })
  await designer.next()
  await wizard.getByRole('button', { name: 'Create network' }).click()

  const { fileName, doc } = await designer.downloadYaml()
  expect(fileName).toBe('pods-local.yaml')
  expect(doc.metadata).toEqual({ name: 'pods-local', namespace: 'default' })
  const config = configOf(doc)
  expect(config).toMatchObject({
    cniVersion: '1.0.0', name: 'pods-local', type: 'bridge', bridge: 'br-pods', isGateway: true, ipMasq: true, vlan: 42,
    preserveDefaultVlan: false,
  })
  expect(config.ipam).toEqual({
    type: 'host-local',
    ranges: [
      [{ subnet: '192.168.100.0/24', rangeStart: '192.168.100.10', rangeEnd: '192.168.100.200' }],
      [{ subnet: 'fd00:100::/64' }],
    ],
    routes: [{ dst: '10.30.0.0/16', gw: '192.168.100.1' }],
  })
  // keys left at their defaults are not written
  for (const key of ['isDefaultGateway', 'hairpinMode', 'promiscMode', 'mtu', 'macspoofchk']) expect(config).not.toHaveProperty(key)
})

test('the review step lists the draft\'s issues and a click goes back to the field', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.startWizard('bridge')
  const wizard = designer.wizard
  await designer.fill('Network name (metadata.name)', 'lab', wizard)
  await designer.next()
  await designer.next()
  await designer.fill('Subnet (subnet)', '10.1.1.0/33', wizard.getByRole('region', { name: 'Range set 1' }))
  // Next would hold the user at the wrong subnet; the stepper still goes to the review
  await wizard.getByRole('tab', { name: 'Review' }).click()
  const issue = wizard.getByRole('button', { name: /host-local\.subnet-invalid-cidr/ })
  await expect(issue).toBeVisible()
  await page.screenshot({ path: '/tmp/wizard-review-issue.png' })
  await issue.click()
  const subnet = wizard.getByRole('region', { name: 'Range set 1' }).getByRole('textbox', { name: 'Subnet (subnet)' })
  await expect(subnet).toBeFocused()
  await subnet.fill('10.1.1.0/24')
  await designer.next()
  await expect(wizard.getByRole('button', { name: /host-local\.subnet-invalid-cidr/ })).toHaveCount(0)
})

test('an error on a folded advanced key holds Next back, opens the fold and focuses the key', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.startWizard('bridge')
  const wizard = designer.wizard
  await designer.next()
  await designer.fill('VLAN id (vlan)', '42', wizard)
  await designer.openAdvanced()
  await designer.fill('VLAN trunk (vlanTrunk)', '100', wizard)
  // fold it again: Next must bring the key back into view
  await wizard.getByRole('button', { name: 'Advanced' }).click()
  await expect(wizard.getByRole('button', { name: 'Advanced' })).toHaveAttribute('aria-expanded', 'false')
  await designer.next()
  await expect(wizard.getByText('This step has an error, shown at its field: fix it to go on.')).toBeVisible()
  await expect(wizard.getByRole('button', { name: 'Advanced' })).toHaveAttribute('aria-expanded', 'true')
  await expect(wizard.getByRole('textbox', { name: 'VLAN trunk (vlanTrunk)' })).toBeFocused()
  await expect(wizard.getByRole('textbox', { name: 'VLAN trunk (vlanTrunk)' })).toHaveAttribute('aria-invalid', 'true')

  // the stepper still lets the user look ahead; Create then says what is wrong instead of creating quietly
  await wizard.getByRole('tab', { name: 'Review' }).click()
  await wizard.getByRole('button', { name: 'Create network' }).click()
  await expect(wizard.getByText(/^Not created: the network has \d+ errors? \(listed above\)/)).toBeVisible()
  await expect(wizard).toBeVisible()
  await page.screenshot({ path: '/tmp/wizard-11/create-held-back.png' })
  // the review sends the user back to the key
  await wizard.getByRole('button', { name: /bridge\.vlan-with-vlan-trunk/ }).click()
  await expect(wizard.getByRole('textbox', { name: 'VLAN trunk (vlanTrunk)' })).toBeFocused()
  await designer.fill('VLAN trunk (vlanTrunk)', '', wizard)
  await designer.next()
  await expect(wizard.getByRole('textbox', { name: 'Subnet (subnet)' })).toBeVisible()
  // or, knowingly, creates it with its errors
  await wizard.getByRole('tab', { name: 'Review' }).click()
  await wizard.getByRole('button', { name: 'Create network' }).click()
  await wizard.getByRole('button', { name: 'Create with errors' }).click()
  await expect(wizard).toBeHidden()
  await expect(page.getByTestId('issue-count')).toHaveAccessibleName(/^Errors: [1-9]/)
})

test('clicking straight through: Next stops at the subnet, the one value host-local needs, and then the network is as the chapter\'s', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.startWizard('bridge')
  const wizard = designer.wizard
  await designer.next()
  await designer.next()
  // a fresh step does not shout: the empty subnet is not red before the user has been there
  const subnet = wizard.getByRole('textbox', { name: 'Subnet (subnet)' })
  await expect(subnet).toHaveAttribute('aria-invalid', 'false')
  await expect(wizard.getByText(/^Error:/)).toHaveCount(0)
  await designer.next()
  await expect(subnet).toBeFocused()
  await expect(subnet).toHaveAttribute('aria-invalid', 'true')
  await expect(wizard.getByText('This step has an error, shown at its field: fix it to go on.')).toBeVisible()
  await page.screenshot({ path: '/tmp/wizard-11/bridge-held-at-subnet.png' })
  await subnet.fill('10.10.0.0/16')
  await designer.next()
  await expect(wizard.getByRole('heading', { name: 'Issues (0)' })).toBeVisible()
  await wizard.getByRole('button', { name: 'Create network' }).click()
  await expect(wizard).toBeHidden()
  await expect(page.getByTestId('issue-count')).toHaveAccessibleName(/^Errors: 0,/)
  const config = configOf((await designer.downloadYaml()).doc)
  expect(config).toMatchObject({ type: 'bridge', ipam: { type: 'host-local', ranges: [[{ subnet: '10.10.0.0/16' }]] } })
})
