import { Button } from '@kassa/web-kit/components/button.tsx';
import { useTranslation } from 'react-i18next';
import edit from './edit-order.module.css';

/**
 * R-EDT-4: someone saved the order after this screen read it, so HQ refused the edit. What the associate
 * changed is kept; reloading reads the order again and applies the same changes to it.
 */
export function EditConflict({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  return (
    <section className={edit.conflict} role="alert" aria-labelledby="edit-conflict-heading">
      <h2 id="edit-conflict-heading">{t('operations.edit.conflictHeading')}</h2>
      <p>{t('operations.edit.conflict')}</p>
      <div>
        <Button onClick={onReload} disabled={reloading}>
          {t('operations.edit.reload')}
        </Button>
      </div>
    </section>
  );
}
