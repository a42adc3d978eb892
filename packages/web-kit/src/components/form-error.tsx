import type { ReactNode } from 'react';
import styles from './form-error.module.css';

/** An error that names no field of the form it belongs to: above the form, announced as it appears. */
export function FormError({ children }: { children: ReactNode }) {
  return (
    <p className={styles.error} role="alert">
      {children}
    </p>
  );
}
