import { LabelledControl } from './labelled-control.tsx';

export interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** The error to show at this field, already in the user's language. */
  readonly error?: string | undefined;
}

/** A labelled choice among a few, laid out and showing its error as TextField does. */
export function SelectField({ label, value, onChange, options, error }: SelectFieldProps) {
  return (
    <LabelledControl label={label} error={error}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}
