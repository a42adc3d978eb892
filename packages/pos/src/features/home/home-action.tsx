import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './home-action.module.css';

/**
 * One of Home's big actions. Without `onSelect` its screen does not exist yet: the action is disabled
 * and says so, rather than leading nowhere.
 */
export function HomeAction({ label, onSelect }: { label: string; onSelect?: () => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const noteId = useId();
  return (
    <button
      type="button"
      className={styles.action}
      disabled={!onSelect}
      onClick={onSelect}
      // The action's name is its label alone; the note describes it.
      aria-labelledby={labelId}
      aria-describedby={onSelect ? undefined : noteId}
    >
      <span id={labelId}>{label}</span>
      {onSelect ? null : (
        <span className={styles.note} id={noteId}>
          {t('home.notYet')}
        </span>
      )}
    </button>
  );
}
