import type { ReactNode } from 'react';
import { HomeScreen } from '../features/home/home-screen.tsx';

/**
 * The register's screens by address, first match wins. A screen is listed here once it exists; Home
 * offers only what is listed (see `HomeAction`).
 */
export const ROUTES: readonly {
  readonly path: string;
  readonly screen: (params: Record<string, string>) => ReactNode;
}[] = [{ path: '/', screen: () => <HomeScreen /> }];
