import { useId } from 'react';
import styles from './master-data.module.css';

/**
 * A labelled set of yes/no choices (a staff member's groups, a group's permissions), its error between
 * the label and the choices as at a text field, and the description of each box.
 */
export function CheckboxGroup({
  label,
  options,
  checked,
  onChange,
  error,
}: {
  label: string;
  options: readonly { readonly value: string; readonly label: string }[];
  checked: readonly string[];
  onChange: (checked: string[]) => void;
  error?: string | undefined;
}) {
  const errorId = useId();
  return (
    <fieldset className={styles.choices} aria-describedby={error ? errorId : undefined}>
      <legend>{label}</legend>
      {error ? (
        <p className={styles.choiceError} id={errorId}>
          {error}
        </p>
      ) : null}
      <div className={styles.choiceList}>
        {options.map((option) => (
          <label key={option.value} className={styles.choice}>
            <input
              type="checkbox"
              checked={checked.includes(option.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? options.map((o) => o.value).filter((v) => v === option.value || checked.includes(v))
                    : checked.filter((value) => value !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
