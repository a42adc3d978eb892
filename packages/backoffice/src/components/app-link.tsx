import { navigate } from '@kassa/web-kit/navigation/router.ts';
import type { AnchorHTMLAttributes } from 'react';

/**
 * A link to a screen of the back office: a real address (a new tab, a bookmark), followed inside the app
 * without a reload when clicked plainly.
 */
export function AppLink({
  href,
  onClick,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      {...props}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
    />
  );
}
