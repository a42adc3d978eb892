import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useTranslation } from 'react-i18next';
import { NewTransactionAction } from '../cart/new-transaction-action.tsx';
import { HomeAction } from './home-action.tsx';
import styles from './home-screen.module.css';

/** Where a signed-in associate starts: the two ways into the flows of SPEC §4–§9. */
export function HomeScreen() {
  const { t } = useTranslation();
  return (
    <main className={styles.screen}>
      <h1>{t('home.heading')}</h1>
      <ul className={styles.actions}>
        <li>
          <HomeAction label={t('home.findOrder')} onSelect={() => navigate('/orders')} />
        </li>
        <li>
          <NewTransactionAction />
        </li>
      </ul>
    </main>
  );
}
