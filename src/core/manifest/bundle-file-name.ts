/** Where an object of the bundle comes from, which also orders the files. */
export type BundleObjectSource = 'namespace' | 'network' | 'workload' | 'pass-through'

const ORDER: Record<BundleObjectSource, string> = { namespace: '10', network: '20', workload: '30', 'pass-through': '40' }

// Names of imported objects can hold anything; a file name keeps only what reads well in `ls` on any file system.
function slug(text: string): string {
  const words = text.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^[-.]+|[-.]+$/g, '')
  return words.slice(0, 80).replace(/[-.]+$/, '') || 'unnamed'
}

/** What a file name is made of: the object's kind, namespace and name. */
export interface NamedObject {
  kind: string
  name: string
  namespace?: string
}

/**
 * Gives each object of a bundle a readable file name (`20-nad-default-lan-a.yaml`, `30-deployment-web.yaml`,
 * `40-passthrough-configmap-settings.yaml`), unique in the bundle: a name taken already gets the namespace, then a number.
 * NADs always carry their namespace, as pods refer to them by namespace/name.
 */
export function createBundleFileNamer(): (source: BundleObjectSource, object: NamedObject) => string {
  const taken = new Set<string>()
  return (source, object) => {
    const kind = source === 'network' ? 'nad' : source === 'pass-through' ? `passthrough-${slug(object.kind)}` : slug(object.kind)
    const prefix = `${ORDER[source]}-${kind}`
    const namespaced = object.namespace === undefined ? undefined : `${prefix}-${slug(object.namespace)}-${slug(object.name)}`
    const candidates = source === 'network' && namespaced ? [namespaced] : [`${prefix}-${slug(object.name)}`, ...(namespaced ? [namespaced] : [])]
    let base = candidates.find((candidate) => !taken.has(`${candidate}.yaml`)) ?? candidates.at(-1) ?? prefix
    for (let n = 2; taken.has(`${base}.yaml`); n++) base = `${candidates.at(-1) ?? prefix}-${n}`
    taken.add(`${base}.yaml`)
    return `${base}.yaml`
  }
}
