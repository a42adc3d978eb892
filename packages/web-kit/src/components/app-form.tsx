import type { FormHTMLAttributes } from 'react';

export type AppFormProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> & {
  readonly onSubmit: () => void;
};

/**
 * A form the app checks and sends itself, without the browser's validation bubbles or page load: the
 * server's refusal then shows at the field it names, in the user's language.
 */
export function AppForm({ onSubmit, ...form }: AppFormProps) {
  return (
    <form
      {...form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    />
  );
}
