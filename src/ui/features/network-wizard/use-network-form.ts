import { useForm } from 'react-hook-form'
import type { Network } from '../../../core'
import { useFormChanges } from '../../shared/use-form-changes'
import { toNetwork } from './form-values'

/** A react-hook-form form over a network; every change is reported as a whole network (the core then revalidates). */
export function useNetworkForm(network: Network, onChange: (network: Network) => void) {
  const methods = useForm<Record<string, unknown>>({ defaultValues: structuredClone(network) as unknown as Record<string, unknown> })
  useFormChanges(methods, (values) => toNetwork(values, network), onChange)
  return methods
}
