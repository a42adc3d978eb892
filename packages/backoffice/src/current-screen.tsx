import { matchPath, useLocation } from '@kassa/web-kit/navigation/router.ts';
import type { ReactNode } from 'react';
import { BackOfficeShell } from './features/shell/back-office-shell.tsx';
import { SignInScreen } from './features/sign-in/sign-in-screen.tsx';
import { SECTIONS, type Section } from './navigation/sections.tsx';
import { useSession } from './services.tsx';

/** Signed out: the sign-in screen. Signed in: the section at this address inside the shell, else the overview. */
export function CurrentScreen() {
  const state = useSession();
  const { pathname } = useLocation();
  if (!state.session) return <SignInScreen ended={state.ended} />;
  const [section, screen] = screenAt(pathname);
  return (
    <BackOfficeShell session={state.session} current={section}>
      {screen}
    </BackOfficeShell>
  );
}

function screenAt(pathname: string): [Section | undefined, ReactNode] {
  for (const section of SECTIONS) {
    for (const route of section.routes) {
      const params = matchPath(route.path, pathname);
      if (params) return [section, route.screen(params)];
    }
  }
  const overview = SECTIONS[0];
  return [overview, overview?.routes[0]?.screen({})];
}
