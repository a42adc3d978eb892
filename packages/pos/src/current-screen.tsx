import { matchPath, useLocation } from '@kassa/web-kit/navigation/router.ts';
import type { ReactNode } from 'react';
import { HomeScreen } from './features/home/home-screen.tsx';
import { RegisterShell } from './features/shell/register-shell.tsx';
import { SignInScreen } from './features/sign-in/sign-in-screen.tsx';
import { ROUTES } from './navigation/routes.tsx';
import { useSession } from './services.tsx';

/** Signed out: the sign-in screen. Signed in: the register's screen at this address, Home otherwise. */
export function CurrentScreen() {
  const state = useSession();
  const { pathname } = useLocation();
  if (!state.session) return <SignInScreen ended={state.ended} />;
  return <RegisterShell session={state.session}>{screenAt(pathname)}</RegisterShell>;
}

function screenAt(pathname: string): ReactNode {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return route.screen(params);
  }
  return <HomeScreen />;
}
