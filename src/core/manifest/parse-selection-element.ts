import type { Attachment } from '../project/model'
import { isIpAddress } from '../net/ip-address'
import { parseCidr } from '../net/parse-cidr'
import { isMacAddress } from '../net/parse-mac'
import { annotationIssue, type AnnotationIssue } from './annotation-issue'

// Keys of Multus's NetworkSelectionElement that the model does not carry; kept in `extra` without a warning.
const PASSED_THROUGH = new Map([
  ['portmappings', 'list'],
  ['bandwidth', 'object'],
  ['cni-args', 'object'],
  ['infiniband-guid', 'string'],
  ['deviceid', 'string'],
])

// Multus: an `ips` entry with a '/' must pass net.ParseCIDR, otherwise net.ParseIP.
function isIpOrCidr(text: string): boolean {
  return text.includes('/') ? parseCidr(text).ok : isIpAddress(text)
}

type Expected = 'string' | 'list' | 'object' | 'list of strings'

function hasType(value: unknown, expected: Expected): boolean {
  if (value === null) return true // Go leaves the zero value for null.
  if (expected === 'string') return typeof value === 'string'
  if (expected === 'object') return typeof value === 'object' && !Array.isArray(value)
  if (expected === 'list') return Array.isArray(value)
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** Reads one JSON selection element as Go would decode it: keys matched ignoring case, last duplicate wins. */
export function parseSelectionElement(element: Record<string, unknown>, index: number, issues: AnnotationIssue[]): Attachment {
  const field = `attachments.${index}`
  const known = new Map<string, unknown>()
  const extra: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(element)) {
    const lower = key.toLowerCase()
    const passedType = PASSED_THROUGH.get(lower) as Expected | undefined
    if (passedType !== undefined) {
      if (!hasType(value, passedType)) issues.push(annotationIssue('annotation.wrong-json-type', `${field}.extra.${key}`, { key, expected: `a ${passedType}` }))
      extra[key] = value
    } else if (['name', 'namespace', 'interface', 'interfacerequest', 'mac', 'ips', 'default-route'].includes(lower)) {
      known.set(lower, value)
    } else {
      issues.push(annotationIssue('annotation.unknown-selection-key', `${field}.extra.${key}`, { key }))
      // Assigning `__proto__` would replace extra's prototype instead of storing a key.
      if (!['__proto__', 'constructor', 'prototype'].includes(key)) extra[key] = value
    }
  }
  const text = (key: string, modelKey: string): string | undefined => {
    const value = known.get(key)
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') {
      issues.push(annotationIssue('annotation.wrong-json-type', `${field}.${modelKey}`, { key, expected: 'a string' }))
      return undefined
    }
    return value === '' ? undefined : value
  }
  const list = (key: string, modelKey: string): string[] | undefined => {
    const value = known.get(key)
    if (value === undefined || value === null) return undefined
    if (!hasType(value, 'list of strings')) {
      issues.push(annotationIssue('annotation.wrong-json-type', `${field}.${modelKey}`, { key, expected: 'a list of strings' }))
      return undefined
    }
    return value as string[]
  }

  const network = text('name', 'network')
  if (network === undefined) issues.push(annotationIssue('annotation.item-missing-name', `${field}.network`, { index: index + 1 }))
  const attachment: Attachment = { network: network ?? '' }
  const namespace = text('namespace', 'namespace')
  if (namespace !== undefined) attachment.namespace = namespace
  const requested = text('interface', 'interface')
  const oldSpelling = text('interfacerequest', 'interface')
  if (oldSpelling !== undefined) issues.push(annotationIssue('annotation.interface-request-old-spelling', `${field}.interface`))
  // Multus honours interfaceRequest only when interface is empty (compatibility pre v3.2).
  const ifname = requested ?? oldSpelling
  // Multus does not check the name in the JSON form; the plugin's own check is validateProject's (interface.*).
  if (ifname !== undefined) attachment.interface = ifname
  const ips = list('ips', 'ips')
  if (ips !== undefined) {
    attachment.ips = ips
    ips.forEach((ip, ipIndex) => {
      if (!isIpOrCidr(ip)) issues.push(annotationIssue('annotation.ips-item-not-an-ip', `${field}.ips.${ipIndex}`, { value: ip }))
    })
  }
  const mac = text('mac', 'mac')
  if (mac !== undefined) {
    attachment.mac = mac
    if (!isMacAddress(mac)) issues.push(annotationIssue('annotation.mac-invalid', `${field}.mac`, { value: mac }))
  }
  const defaultRoute = list('default-route', 'defaultRoute')
  if (defaultRoute !== undefined) {
    attachment.defaultRoute = defaultRoute
    defaultRoute.forEach((gateway, gwIndex) => {
      if (!isIpAddress(gateway)) issues.push(annotationIssue('annotation.default-route-not-an-ip', `${field}.defaultRoute.${gwIndex}`, { value: gateway }))
    })
  }
  if (Object.keys(extra).length > 0) attachment.extra = extra
  return attachment
}
