import { HomeScreen } from './features/home/home-screen.tsx';
import { RegisterShell } from './features/shell/register-shell.tsx';
import { SignInScreen } from './features/sign-in/sign-in-screen.tsx';
import { useSession } from './services.tsx';

/** Signed out: the sign-in screen. Signed in: the register's screens, Home first. */
export function CurrentScreen() {
  const state = useSession();
  if (!state.session) return <SignInScreen ended={state.ended} />;
  return (
    <RegisterShell session={state.session}>
      <HomeScreen />
    </RegisterShell>
  );
}
