import { navigate } from '@kassa/web-kit/navigation/router.ts';
import { useTranslation } from 'react-i18next';
import { pathOf, type Section } from '../../navigation/sections.tsx';

/**
 * A link to a section: a real address (open in a new tab works), followed inside the app without a
 * reload; `current` marks the section on screen for the eye and for screen readers.
 */
export function SectionLink({
  section,
  current = false,
  className,
}: {
  section: Section;
  current?: boolean;
  className?: string | undefined;
}) {
  const { t } = useTranslation();
  const path = pathOf(section);
  return (
    <a
      href={path}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(path);
      }}
    >
      {section.label(t)}
    </a>
  );
}
