import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { LANGUAGES } from '../../i18n/i18n.ts';
import styles from './language-switch.module.css';

/** EN / NL: the language of every screen, remembered on this register. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className={styles.switch} aria-label={t('header.language')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          variant="secondary"
          lang={language}
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language.toUpperCase()}
        </Button>
      ))}
    </fieldset>
  );
}
