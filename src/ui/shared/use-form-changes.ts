import { useEffect, useRef } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'

/** Calls `onChange(convert(values))` whenever the form's values change (typing, setValue), once per distinct result. */
export function useFormChanges<V extends FieldValues, T>(methods: UseFormReturn<V>, convert: (values: V) => T, onChange: (value: T) => void) {
  const latest = useRef({ convert, onChange })
  useEffect(() => {
    latest.current = { convert, onChange }
  })
  useEffect(() => {
    // the values the form starts with are not a change
    let last = JSON.stringify(latest.current.convert(methods.getValues()))
    return methods.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const value = latest.current.convert(values)
        const text = JSON.stringify(value)
        if (text === last) return
        last = text
        latest.current.onChange(value)
      },
    })
  }, [methods])
}
