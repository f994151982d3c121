// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import type { Issue } from '../../../core'
import { errorsOfStep, fieldOfElement, stepOfField } from './wizard-steps'

const issue = (field: string, severity: Issue['severity'] = 'error'): Issue => ({
  code: 'x.y', severity, target: { kind: 'network', id: 'n1' }, field, params: {},
})

describe('the wizard steps', () => {
  it.each([
    ['name', 'general'], ['config.cniVersion', 'general'], ['', 'general'],
    ['config.mtu', 'settings'], ['config.master', 'settings'],
    ['config.ipam', 'ipam'], ['config.ipam.addresses.0.address', 'ipam'],
  ])('sends an issue at %j to the %s step', (field, step) => {
    expect(stepOfField(field)).toBe(step)
  })

  it('keeps the user on a step for its own errors only, never for warnings or other steps\u2019 errors', () => {
    const issues = [issue('config.ipam.addresses.0.address'), issue('config.ipam.addresses', 'warning'), issue('config.mtu')]
    expect(errorsOfStep(issues, 'ipam')).toEqual([issues[0]])
    expect(errorsOfStep(issues, 'settings')).toEqual([issues[2]])
    expect(errorsOfStep(issues, 'general')).toEqual([])
  })

  it('finds the field of an input, and of a select\u2019s combobox through its hidden input', () => {
    document.body.innerHTML = '<input data-field="config.mtu"><div><div role="combobox"></div><input aria-hidden="true" data-field="config.mode"></div><button></button>'
    const [mtu, combobox, button] = ['input', '[role=combobox]', 'button'].map((s) => document.querySelector(s)!)
    expect(fieldOfElement(mtu!)).toBe('config.mtu')
    expect(fieldOfElement(combobox!)).toBe('config.mode')
    expect(fieldOfElement(button!)).toBeUndefined()
  })
})
