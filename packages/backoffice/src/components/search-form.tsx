import { Button } from '@kassa/web-kit/components/button.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './master-data.module.css';

/** A search over a long list: what is typed is searched when sent (Enter or the button), not per key. */
export function SearchForm({
  label,
  initial,
  onSearch,
}: {
  label: string;
  initial: string;
  onSearch: (search: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <form
      className={styles.search}
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(text.trim());
      }}
    >
      <TextField label={label} value={text} onChange={setText} type="search" />
      <Button type="submit" variant="secondary">
        {t('masterData.find')}
      </Button>
    </form>
  );
}
