import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages.ts';
import { Button } from './button.tsx';
import styles from './language-switch.module.css';

/** EN / NL: the language of every screen, remembered on this device; `label` names the switch. */
export function LanguageSwitch({ label }: { label: string }) {
  const { i18n } = useTranslation();
  return (
    <fieldset className={styles.switch} aria-label={label}>
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
