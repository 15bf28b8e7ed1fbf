import {
  createContext,
  use,
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import { useTranslation } from 'react-i18next';
import { useBrand } from '../../config/brand-context.tsx';
import { useUser } from '../auth/session-context.tsx';
import { useApi } from '../api-context.tsx';
import {
  createRealtimeConnection,
  roomKey,
  type CompanyEvent,
  type CompanyEventKind,
  type ConnectionStatus,
  type NetworkSignal,
  type RealtimeConnection,
  type RealtimeRoom,
  type RealtimeSocket,
  type SocketFactory,
} from './connection.ts';

const RealtimeContext = createContext<RealtimeConnection | null>(null);

/** socket.io-client, in its own chunk: fetched when the signed-in shell mounts the provider, never by the login page. */
async function loadSocketIo(): Promise<SocketFactory> {
  const { io } = await import('socket.io-client');
  // forceNew: a restarted provider (StrictMode, another user) must not reuse a cached Manager and its old token.
  return (url, options) => io(url, { ...options, forceNew: true }) as unknown as RealtimeSocket;
}

const browserNetwork: NetworkSignal = {
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  subscribe(listener) {
    const online = () => listener(true);
    const offline = () => listener(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  },
};

/**
 * The signed-in user's socket: connects on mount with the session's access token, disconnects on unmount
 * (sign-out), and shows an offline indicator while the connection is down.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const brand = useBrand();
  const user = useUser();
  const api = useApi();

  const connection = useMemo(() => {
    return createRealtimeConnection({
      url: brand.apiUrl,
      companyId: user.companyId,
      tokens: {
        // The session's token store, in memory: it works when storage does not (private mode, quota).
        current: () => api.accessToken(),
        renew: async () => (await api.renewToken()).token,
      },
      loadSocketFactory: loadSocketIo,
      network: browserNetwork,
    });
  }, [brand.apiUrl, user.companyId, api]);

  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);

  return (
    <RealtimeContext value={connection}>
      {children}
      <RealtimeOfflineIndicator />
    </RealtimeContext>
  );
}

/** A banner at the bottom of the screen while the connection is down (offline, or reconnecting). */
function RealtimeOfflineIndicator() {
  const { t } = useTranslation('shell');
  const status = useRealtimeStatus();
  const down = status === 'offline' || status === 'reconnecting';
  return (
    // The live region stays mounted so screen readers announce the change.
    <Box
      role="status"
      sx={{
        position: 'fixed',
        left: 0,
        right: 0,
        bottom: 16,
        display: 'flex',
        justifyContent: 'center',
        pointerEvents: 'none',
        zIndex: (theme) => theme.zIndex.snackbar,
      }}
    >
      {down && (
        <Alert
          severity="warning"
          variant="filled"
          icon={<CloudOffOutlined fontSize="inherit" />}
          data-testid="realtime-offline"
          data-status={status}
          sx={{ pointerEvents: 'auto', mx: 2, boxShadow: 3 }}
        >
          {status === 'offline' ? t('realtime.offline') : t('realtime.reconnecting')}
        </Alert>
      )}
    </Box>
  );
}

/** The connection itself; only under <RealtimeProvider> (the signed-in pages). */
export function useRealtime(): RealtimeConnection {
  const connection = use(RealtimeContext);
  if (!connection) throw new Error('useRealtime outside <RealtimeProvider> (is the page under the signed-in shell?)');
  return connection;
}

export function useRealtimeStatus(): ConnectionStatus {
  const connection = useRealtime();
  return useSyncExternalStore(connection.subscribe, () => connection.getSnapshot().status);
}

/** Calls `handler` for each `company-<companyId>-<kind>` event, for as long as the component is mounted. */
export function useCompanyEvent(kind: CompanyEventKind, handler: (event: CompanyEvent) => void): void {
  const connection = useRealtime();
  const onEvent = useEffectEvent(handler);
  useEffect(() => connection.onCompanyEvent(kind, (event) => onEvent(event)), [connection, kind]);
}

/** Joins a room while mounted (and again after each reconnection); `null` joins nothing. */
export function useRealtimeRoom(room: RealtimeRoom | null): void {
  const connection = useRealtime();
  // The room is described by its key: a new object for the same room must not leave and rejoin.
  const key = room ? roomKey(room) : null;
  const currentRoom = useEffectEvent(() => room);
  useEffect(() => {
    const joining = currentRoom();
    if (key === null || !joining) return;
    return connection.join(joining);
  }, [connection, key]);
}

/**
 * Calls `callback` each time the connection is established after the component mounted — a reconnection,
 * or the first connection if it came after the component's first fetch — once its rooms are joined again.
 * Events may have been missed meanwhile: refetch.
 */
export function useReconnectEffect(callback: () => void): void {
  const connection = useRealtime();
  const connections = useSyncExternalStore(connection.subscribe, () => connection.getSnapshot().connections);
  const onReconnect = useEffectEvent(callback);
  // The count when the component mounted (or when the connection was replaced, e.g. another user).
  const seen = useRef({ connection, count: connections });
  useEffect(() => {
    if (seen.current.connection !== connection) {
      seen.current = { connection, count: connections };
      return;
    }
    if (connections > seen.current.count) {
      seen.current.count = connections;
      onReconnect();
    }
  }, [connection, connections]);
}
