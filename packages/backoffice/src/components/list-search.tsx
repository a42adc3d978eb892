import { Button } from '@kassa/web-kit/components/button.tsx';
import { TextField } from '@kassa/web-kit/components/text-field.tsx';
import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './master-data.module.css';

/**
 * The search over a long list at `path`, kept in the address (`/customers?search=anna`) so that Back and a
 * reload return to it: what is typed is searched when sent (Enter or the button), not per key.
 */
export function ListSearch({ path, search, label }: { path: string; search: string; label: string }) {
  // A new address (a search, Back) starts the field from it.
  return <SearchForm key={search} path={path} initial={search} label={label} />;
}

function SearchForm({ path, initial, label }: { path: string; initial: string; label: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <form
      className={styles.search}
      onSubmit={(event) => {
        event.preventDefault();
        const sent = text.trim();
        navigate(sent ? `${path}?search=${encodeURIComponent(sent)}` : path);
      }}
    >
      <TextField label={label} value={text} onChange={setText} type="search" />
      <Button type="submit" variant="secondary">
        {t('masterData.find')}
      </Button>
    </form>
  );
}
