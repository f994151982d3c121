import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { validateProject, type Network } from '../../../core'
import { CONFIG_VALUES, designedNetwork, designedProject } from '../../../core/validation/designed-project-arbitrary'
import { projectIssues } from '../../state/derived'
import { createDraftStore, draftIssues } from './draft-store'

const bridge = (name: string): Network => ({ id: 'draft', name: 'lan', namespace: 'default', config: { type: 'bridge', bridge: name } })

describe('the wizard draft store', () => {
  it('tells its listeners of a changed draft only, keeping the parts that did not change', () => {
    const store = createDraftStore()
    const listener = vi.fn()
    store.subscribe(listener)
    const first = { ...bridge('br0'), config: { type: 'bridge' as const, bridge: 'br0', ipam: { type: 'dhcp' as const } } }
    store.set(first)
    store.set(structuredClone(first))
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.get()).toBe(first)
    store.set({ ...structuredClone(first), name: 'lan2' })
    expect(listener).toHaveBeenCalledTimes(2)
    expect(store.get()?.config).toBe(first.config)
    store.set(undefined)
    expect(store.get()).toBeUndefined()
  })
})

/** What the user does while the wizard is open: types a value, renames, moves the draft, or the page behind re-reads its issues. */
const step = fc.oneof(
  fc.constantFrom(...(Object.keys(CONFIG_VALUES) as (keyof typeof CONFIG_VALUES)[]))
    .chain((key) => (CONFIG_VALUES[key] as fc.Arbitrary<unknown>).map((value) => ({ kind: 'type' as const, key, value }))),
  fc.record({ kind: fc.constant('rename' as const), name: fc.constantFrom('fresh', 'a', 'b', 'missing', '') }),
  fc.record({ kind: fc.constant('namespace' as const), namespace: fc.constantFrom('default', 'x', '') }),
  fc.constant({ kind: 'page' as const }),
)

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never

/** The draft after an edit of the user's. */
function edited(draft: Network, change: Exclude<Step, { kind: 'page' }>): Network {
  if (change.kind === 'rename') return { ...draft, name: change.name }
  if (change.kind === 'namespace') return { ...draft, namespace: change.namespace }
  const config = { ...draft.config } as Record<string, unknown>
  if (change.value === undefined) delete config[change.key]
  else config[change.key] = change.value
  return { ...draft, config: config as unknown as Network['config'] }
}

describe('draftIssues', () => {
  it('gives exactly the issues a full validation of the project with the draft gives the draft, keystroke after keystroke', { timeout: 120_000 }, () => {
    const scenario = fc.record({
      project: designedProject,
      draft: designedNetwork.map((n) => ({ ...n, id: 'draft', name: 'fresh' })),
      steps: fc.array(step, { maxLength: 12 }),
    })
    fc.assert(fc.property(scenario, ({ project, draft: start, steps }) => {
      const store = createDraftStore()
      store.set(start)
      const expectSameAsFull = () => {
        const draft = store.get()!
        const full = validateProject({ ...project, networks: [...project.networks, draft] })
        expect(draftIssues(project, draft)).toEqual(full.filter((i) => i.target.kind === 'network' && i.target.id === 'draft'))
      }
      expectSameAsFull()
      for (const change of steps) {
        // the page behind validates its own project in between (one shared last validation)
        if (change.kind === 'page') projectIssues({ ...project })
        // the form reports a whole new network each time: the store keeps what did not change
        else store.set(structuredClone(edited(store.get()!, change)))
        expectSameAsFull()
      }
    }), { numRuns: 500 })
  })
})
