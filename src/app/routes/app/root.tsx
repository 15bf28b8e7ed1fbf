import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AttentionSignals } from '../../../features/notifications/index.ts';
import { NoticesProvider } from '../../../components/notices.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useUser } from '../../../lib/auth/session-context.tsx';
import { QueryProvider } from '../../../lib/query/query-provider.tsx';
import { RealtimeProvider } from '../../../lib/realtime/index.ts';
import { AppShell } from '../../layout/app-shell.tsx';

/**
 * The layout of every signed-in page: the socket, the query cache, notices, the attention signals (sound,
 * desktop notifications, the unread count in the tab's title and icon), then the app bar, the side navigation
 * and the page (fetched on first visit).
 */
export function Component() {
  const userId = useUser().id;
  // The shell's own texts (namespace "shell", src/locales/shell/) are not on the login page: fetched now.
  const { ready } = useTranslation('shell');
  if (!ready) return <PageLoader />;
  return (
    // Another user signed in (in another tab): a new socket and an empty cache, nothing of the last one's.
    <RealtimeProvider key={userId}>
      <QueryProvider>
        <NoticesProvider>
          <AttentionSignals />
          <AppShell>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </AppShell>
        </NoticesProvider>
      </QueryProvider>
    </RealtimeProvider>
  );
}
