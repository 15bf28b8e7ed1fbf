import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { PageLoader } from '../../../components/page-loader.tsx';
import { RealtimeProvider } from '../../../lib/realtime/index.ts';
import { AppShell } from '../../layout/app-shell.tsx';

/** The layout of every signed-in page: app bar, side navigation, and the page (fetched on first visit). */
export function Component() {
  return (
    <RealtimeProvider>
      <AppShell>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell>
    </RealtimeProvider>
  );
}
