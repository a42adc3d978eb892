import { useTranslation } from 'react-i18next';
import type { Section } from '../../navigation/sections.tsx';
import { SectionLink } from '../shell/section-link.tsx';
import styles from './overview-screen.module.css';

/** Head office's start: the sections, each with what is done there. */
export function OverviewScreen({ sections }: { sections: readonly Section[] }) {
  const { t } = useTranslation();
  return (
    <main className={styles.screen}>
      <h1>{t('sections.overview.label')}</h1>
      <ul className={styles.sections}>
        {sections.map((section) => (
          <li key={section.routes[0].path} className={styles.section}>
            <SectionLink section={section} className={styles.link} />
            <p>{section.summary(t)}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
