import { type ReactNode, useId } from 'react';
import styles from './labelled-control.module.css';

/** What a labelled control puts on its input, select or the like so its label and error belong to it. */
export interface ControlProps {
  readonly id: string;
  readonly className: string | undefined;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

/**
 * A control with its label above and its error between label and control, where the eye goes first; the
 * error is the control's description, so a screen reader reads it when the control gets focus.
 */
export function LabelledControl({
  label,
  error,
  children,
}: {
  readonly label: string;
  /** The error to show at this control, already in the user's language. */
  readonly error?: string | undefined;
  readonly children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p className={styles.error} id={errorId}>
          {error}
        </p>
      ) : null}
      {children({
        id,
        className: styles.input,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? errorId : undefined,
      })}
    </div>
  );
}
