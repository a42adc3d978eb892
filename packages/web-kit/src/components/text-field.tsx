import type { InputHTMLAttributes, Ref } from 'react';
import { LabelledControl } from './labelled-control.tsx';

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id' | 'className'> {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The error to show at this field, already in the user's language. */
  readonly error?: string | undefined;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/** A labelled input, its error shown as LabelledControl shows it. */
export function TextField({ label, value, onChange, error, inputRef, ...input }: TextFieldProps) {
  return (
    <LabelledControl label={label} error={error}>
      {(control) => (
        <input
          {...input}
          {...control}
          ref={inputRef}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </LabelledControl>
  );
}
