import { utf8Length } from '../net/utf8-length'
import type { Attachment } from '../project/model'
import { annotationIssue, type AnnotationIssue } from './annotation-issue'
import { isDnsLabel } from './build-networks-annotation'
import { parseSelectionElement } from './parse-selection-element'

/** What Multus would read from a networks annotation, plus everything it would reject or ignore. */
export interface ParsedNetworksAnnotation {
  attachments: Attachment[]
  /** `comma` or `json`, as Multus decides from the value (`[`, `{` or `"` ⇒ JSON). */
  form: 'comma' | 'json'
  issues: AnnotationIssue[]
}

// pkg/k8sclient parsePodNetworkObjectName: ns/name@ifname, checked item by item.
// A rejected item is still returned (as written) so attachment positions match the annotation's items.
function parseCommaItem(raw: string, index: number, issues: AnnotationIssue[]): Attachment {
  const item = raw.trim()
  const field = `attachments.${index}`
  if (item === '') {
    issues.push(annotationIssue('annotation.comma-item-empty', field, { index: index + 1 }))
    return { network: '' }
  }
  const slashItems = item.split('/')
  if (slashItems.length > 2) {
    issues.push(annotationIssue('annotation.comma-item-too-many-slashes', field, { item }))
    return { network: item }
  }
  const namespace = slashItems.length === 2 ? (slashItems[0] ?? '').trim() : ''
  const atItems = (slashItems.length === 2 ? slashItems[1] : slashItems[0])?.split('@') ?? []
  if (atItems.length > 2) {
    issues.push(annotationIssue('annotation.comma-item-too-many-ats', field, { item }))
    return { network: (atItems[0] ?? '').trim() }
  }
  const network = (atItems[0] ?? '').trim()
  const ifname = (atItems[1] ?? '').trim()
  const badPart = [namespace, network].find((part) => part !== '' && !isDnsLabel(part))
  if (badPart !== undefined) {
    const partField = badPart === network ? `${field}.network` : `${field}.namespace`
    issues.push(annotationIssue('annotation.comma-item-not-a-dns-label', partField, { item: badPart }))
  } else if (ifname !== '' && (utf8Length(ifname) > 15 || /[ \t\n\v\f\r/]/.test(ifname))) {
    // Multus's own check, in bytes (Go's len); the plugins' stricter one runs in validateProject under the same code.
    issues.push(annotationIssue('annotation.interface-name-invalid', `${field}.interface`, { interface: ifname }))
  }
  const attachment: Attachment = { network }
  if (namespace !== '') attachment.namespace = namespace
  if (ifname !== '') attachment.interface = ifname
  return attachment
}

function describeJson(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  return typeof value
}

function parseJsonForm(value: string, issues: AnnotationIssue[]): Attachment[] {
  let list: unknown
  try {
    list = JSON.parse(value)
  } catch (error) {
    issues.push(annotationIssue('annotation.invalid-json', 'attachments', { reason: (error as Error).message }))
    return []
  }
  if (!Array.isArray(list)) {
    issues.push(annotationIssue('annotation.not-a-json-list', 'attachments', { found: describeJson(list) }))
    return []
  }
  const attachments: Attachment[] = []
  list.forEach((element: unknown, index) => {
    if (element === null || typeof element !== 'object' || Array.isArray(element)) {
      issues.push(annotationIssue('annotation.list-item-not-an-object', `attachments.${index}`, { index: index + 1, found: describeJson(element) }))
      attachments.push({ network: '' })
      return
    }
    attachments.push(parseSelectionElement(element as Record<string, unknown>, index, issues))
  })
  return attachments
}

/**
 * Parses `k8s.v1.cni.cncf.io/networks` exactly as Multus does (comma form or JSON list), never throwing.
 * A namespace equal to `podNamespace` (or empty) is left undefined, meaning "the pod's namespace".
 */
export function parseNetworksAnnotation(value: string, podNamespace?: string): ParsedNetworksAnnotation {
  const issues: AnnotationIssue[] = []
  const form = /[[{"]/.test(value) ? 'json' : 'comma'
  if (value === '') {
    issues.push(annotationIssue('annotation.empty', 'attachments'))
    return { attachments: [], form, issues }
  }
  const attachments =
    form === 'json'
      ? parseJsonForm(value, issues)
      : value.split(',').map((item, index) => parseCommaItem(item, index, issues))
  for (const attachment of attachments) {
    if (attachment.namespace === '' || (podNamespace !== undefined && attachment.namespace === podNamespace)) {
      delete attachment.namespace
    }
  }
  return { attachments, form, issues }
}
