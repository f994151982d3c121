// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { focusField } from './focus-field'

describe('focusing a field by its path', () => {
  it('focuses the input of the path, or of its nearest parent', () => {
    document.body.innerHTML = '<input data-field="config.master"><input data-field="config.ipam.ranges">'
    expect(focusField(document, 'config.master')).toBe(true)
    expect(document.activeElement?.getAttribute('data-field')).toBe('config.master')
    expect(focusField(document, 'config.ipam.ranges.0.0.subnet')).toBe(true)
    expect(document.activeElement?.getAttribute('data-field')).toBe('config.ipam.ranges')
    expect(focusField(document, 'spec.other')).toBe(false)
  })

  it('an issue about a whole list lands on the first input inside it', () => {
    document.body.innerHTML = '<input data-field="config.ipam.type"><input data-field="config.ipam.ranges.0.0.subnet"><input data-field="config.ipam.ranges.0.0.gateway">'
    expect(focusField(document, 'config.ipam.ranges')).toBe(true)
    expect(document.activeElement?.getAttribute('data-field')).toBe('config.ipam.ranges.0.0.subnet')
  })

  it('focuses the combobox of a select rather than its hidden input', () => {
    document.body.innerHTML = '<div><div role="combobox" tabindex="0" id="box"></div><input aria-hidden="true" data-field="config.mode"></div>'
    focusField(document, 'config.mode')
    expect(document.activeElement?.id).toBe('box')
  })
})
