import type { IssueCatalogue } from '../validation/issue'

/** Codes of buildBundle: what makes the bundle directory fail to apply as a whole. */
export const BUNDLE_ISSUES = {
  'bundle.duplicate-object': {
    severity: 'error',
    message: '{kind} {name} is in the bundle more than once ({files}); `oc apply -k` refuses a kustomization with a repeated object. Keep one: remove the others from the input, or under Kept objects in the designer.',
  },
} satisfies IssueCatalogue
