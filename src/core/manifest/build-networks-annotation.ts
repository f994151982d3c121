import type { Attachment, Workload } from '../project/model'

/** The pod annotation key Multus reads. */
export const NETWORKS_ANNOTATION = 'k8s.v1.cni.cncf.io/networks'

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
// Multus's comma parser allows up to 15 bytes without '/' or whitespace; ',', '@' and the JSON trigger characters
// would change how the item itself is split, and ':' is refused by every plugin. Non-ASCII names (bytes ≠ characters)
// take the JSON form.
const COMMA_IFNAME = /^[^\s/,@:[{"\u0080-\uffff]{1,15}$/

/** Whether `name` is a DNS-1123 label, the only form Multus's comma parser accepts for names and namespaces. */
export function isDnsLabel(name: string): boolean {
  return DNS_LABEL.test(name)
}

function namespaceToWrite(attachment: Attachment, workloadNamespace: string): string | undefined {
  return attachment.namespace === undefined || attachment.namespace === workloadNamespace ? undefined : attachment.namespace
}

function fitsCommaForm(attachment: Attachment, workloadNamespace: string): boolean {
  const namespace = namespaceToWrite(attachment, workloadNamespace)
  return (
    attachment.ips === undefined &&
    attachment.mac === undefined &&
    attachment.defaultRoute === undefined &&
    (attachment.extra === undefined || Object.keys(attachment.extra).length === 0) &&
    isDnsLabel(attachment.network) &&
    (namespace === undefined || isDnsLabel(namespace)) &&
    (attachment.interface === undefined || COMMA_IFNAME.test(attachment.interface))
  )
}

/** Whether the short comma form (`ns/name@ifname,...`) can express every attachment of the workload. */
export function canUseCommaForm(workload: Workload): boolean {
  return workload.attachments.length > 0 && workload.attachments.every((a) => fitsCommaForm(a, workload.namespace))
}

function toSelectionElement(attachment: Attachment, workloadNamespace: string): Record<string, unknown> {
  const element: Record<string, unknown> = { name: attachment.network }
  const namespace = namespaceToWrite(attachment, workloadNamespace)
  if (namespace !== undefined) element.namespace = namespace
  if (attachment.interface !== undefined) element.interface = attachment.interface
  if (attachment.ips !== undefined) element.ips = [...attachment.ips]
  if (attachment.mac !== undefined) element.mac = attachment.mac
  if (attachment.defaultRoute !== undefined) element['default-route'] = [...attachment.defaultRoute]
  for (const [key, value] of Object.entries(attachment.extra ?? {})) {
    if (!(key in element)) element[key] = value
  }
  return element
}

/** The `k8s.v1.cni.cncf.io/networks` value: the comma form when it can say everything, else a compact JSON list. */
export function buildNetworksAnnotation(workload: Workload): string {
  if (workload.attachments.length === 0) return ''
  if (!workload.preferJsonAnnotation && canUseCommaForm(workload)) {
    return workload.attachments
      .map((attachment) => {
        const namespace = namespaceToWrite(attachment, workload.namespace)
        const ifname = attachment.interface === undefined ? '' : `@${attachment.interface}`
        return `${namespace === undefined ? '' : `${namespace}/`}${attachment.network}${ifname}`
      })
      .join(',')
  }
  return JSON.stringify(workload.attachments.map((a) => toSelectionElement(a, workload.namespace)))
}
