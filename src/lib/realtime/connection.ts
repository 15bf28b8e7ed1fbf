/**
 * The socket.io connection to the brand's backend, as a small external store (no React here, so the unit
 * tests drive it with a fake socket). See ./index.ts for the API the pages use.
 */

export const COMPANY_EVENT_KINDS = [
  'ticket',
  'appMessage',
  'contact',
  'user',
  'whatsapp',
  'queue',
  'settings',
  'whatsappSession',
  'quickmessage',
] as const;
export type CompanyEventKind = (typeof COMPANY_EVENT_KINDS)[number];

/** What `company-<id>-<kind>` carries: always an `action` ("create" | "update" | "delete"), then its data. */
export interface CompanyEvent {
  action: string;
  [field: string]: unknown;
}

export type CompanyEventHandler = (event: CompanyEvent) => void;

/**
 * `connecting`: the first attempt, not yet through; `connected`; `reconnecting`: the connection dropped (or
 * never came up) and socket.io keeps trying; `offline`: the browser says there is no network.
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface RealtimeSnapshot {
  status: ConnectionStatus;
  /** How many times the socket has connected so far: 1 after the first connection, +1 on each reconnection. */
  connections: number;
}

/** The rooms a page asks for, with the client events that join and leave them. */
export type RealtimeRoom =
  /** A ticket list: `joinTickets(status)` / `leaveTickets(status)`. */
  | { kind: 'tickets'; status: string }
  /** New-message notifications: `joinNotification()` / `leaveNotification()`. */
  | { kind: 'notification' }
  /** One conversation: `joinChatBox(ticketId)` / `leaveChatBox(ticketId)`. */
  | { kind: 'chatBox'; ticketId: number | string };

export function roomKey(room: RealtimeRoom): string {
  switch (room.kind) {
    case 'tickets':
      return `tickets:${room.status}`;
    case 'notification':
      return 'notification';
    case 'chatBox':
      return `chatBox:${room.ticketId}`;
  }
}

/** The client event and its argument that join (`join`) or leave a room. */
export function roomEmit(room: RealtimeRoom, join: boolean): [event: string, ...args: unknown[]] {
  switch (room.kind) {
    case 'tickets':
      return [join ? 'joinTickets' : 'leaveTickets', room.status];
    case 'notification':
      return [join ? 'joinNotification' : 'leaveNotification'];
    case 'chatBox':
      return [join ? 'joinChatBox' : 'leaveChatBox', String(room.ticketId)];
  }
}

/** The part of socket.io-client's Socket this module uses (a fake in unit tests). */
export interface RealtimeSocket {
  readonly connected: boolean;
  /** False after a refusal by the server's middleware (bad token) or a manual disconnect: no automatic retries then. */
  readonly active: boolean;
  on(event: 'connect', listener: () => void): unknown;
  on(event: 'disconnect', listener: (reason: string) => void): unknown;
  on(event: 'connect_error', listener: (error: Error) => void): unknown;
  onAny(listener: (event: string, ...args: unknown[]) => void): unknown;
  emit(event: string, ...args: unknown[]): unknown;
  connect(): unknown;
  disconnect(): unknown;
  /** The Manager: its `opts.query` is the handshake query of the next (re)connection. */
  io: {
    opts: { query?: Record<string, string> | string };
    on(event: 'reconnect_attempt', listener: () => void): unknown;
  };
}

export type SocketFactory = (url: string, options: { query: Record<string, string> }) => RealtimeSocket;

/** Where the access token comes from: the session's token store, and its renewal (the refresh cookie). */
export interface TokenSource {
  current(): string | null;
  /** A new access token; rejects when the session cannot be renewed (the app then signs out). */
  renew(): Promise<string>;
}

/** The browser's online/offline signal (window events in the app, a fake in tests). */
export interface NetworkSignal {
  isOnline(): boolean;
  /** Calls `listener(online)` on every change; returns the unsubscribe. */
  subscribe(listener: (online: boolean) => void): () => void;
}

export interface RealtimeOptions {
  /** The brand's backend (`apiUrl`). */
  url: string;
  companyId: number;
  tokens: TokenSource;
  /** Creates the socket; fetched when the connection starts, so socket.io-client loads with the signed-in pages only. */
  loadSocketFactory: () => Promise<SocketFactory>;
  network: NetworkSignal;
  /** Pause before trying again after a refused handshake or a failed renewal (ms). */
  retryDelayMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface RealtimeConnection {
  getSnapshot(): RealtimeSnapshot;
  subscribe(listener: () => void): () => void;
  /** Listens to `company-<companyId>-<kind>`; returns the unsubscribe. */
  onCompanyEvent(kind: CompanyEventKind, handler: CompanyEventHandler): () => void;
  /** Joins a room (now, or as soon as connected; again after every reconnection) until the returned release. */
  join(room: RealtimeRoom): () => void;
  /** Connects (again after stop()). */
  start(): void;
  /** Disconnects; rooms and listeners stay registered for the next start(). */
  stop(): void;
}

const TOKEN_REFUSALS = new Set(['ERR_SESSION_EXPIRED', "Invalid token. We'll try to assign a new one on next request"]);

/** True when the server refused the handshake because of the token (missing, expired, wrongly signed). */
export function isTokenRefusal(error: { message?: unknown; data?: unknown }): boolean {
  if (typeof error.message === 'string' && TOKEN_REFUSALS.has(error.message)) return true;
  const data = error.data as { error?: unknown; status?: unknown } | undefined;
  return typeof data === 'object' && data !== null && (data.status === 401 || data.status === 403);
}

export function createRealtimeConnection(options: RealtimeOptions): RealtimeConnection {
  const { url, companyId, tokens, network } = options;
  const retryDelayMs = options.retryDelayMs ?? 3_000;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const eventPrefix = `company-${companyId}-`;

  let snapshot: RealtimeSnapshot = { status: 'connecting', connections: 0 };
  const listeners = new Set<() => void>();
  const handlers = new Map<string, Set<CompanyEventHandler>>();
  const rooms = new Map<string, { room: RealtimeRoom; count: number }>();

  let socket: RealtimeSocket | null = null;
  /** Bumped by stop(): callbacks of an older run do nothing. */
  let run = 0;
  let running = false;
  let retryTimer: unknown = null;
  let unsubscribeNetwork: (() => void) | null = null;
  /** Refusals in a row with a freshly renewed token: wait before asking again instead of looping. */
  let refusalsSinceRenewal = 0;

  const setStatus = (status: ConnectionStatus, connected = false) => {
    if (status === snapshot.status && !connected) return;
    snapshot = { status, connections: snapshot.connections + (connected ? 1 : 0) };
    for (const listener of [...listeners]) listener();
  };

  const setHandshakeToken = (target: RealtimeSocket, token: string | null) => {
    target.io.opts.query = token ? { token } : {};
  };

  const clearRetry = () => {
    if (retryTimer !== null) clearTimer(retryTimer);
    retryTimer = null;
  };

  /** Connects again, with a renewed token when the last one was refused. */
  const reconnect = (renew: boolean, delayMs = 0) => {
    const current = run;
    clearRetry();
    const attempt = async () => {
      retryTimer = null;
      if (current !== run || !socket || socket.connected || !network.isOnline()) return;
      const target = socket;
      if (renew) {
        try {
          setHandshakeToken(target, await tokens.renew());
        } catch {
          // Unreachable server: try again later. A refused refresh signs the app out, which stops this.
          if (current === run) reconnect(true, retryDelayMs);
          return;
        }
      } else {
        setHandshakeToken(target, tokens.current());
      }
      if (current === run && socket === target && !target.connected) target.connect();
    };
    if (delayMs > 0) retryTimer = setTimer(() => void attempt(), delayMs);
    else void attempt();
  };

  const dispatch = (event: string, payload: unknown) => {
    if (!event.startsWith(eventPrefix)) return;
    const kind = event.slice(eventPrefix.length);
    const subscribed = handlers.get(kind);
    if (!subscribed || typeof payload !== 'object' || payload === null) return;
    if (typeof (payload as { action?: unknown }).action !== 'string') return;
    for (const handler of [...subscribed]) {
      try {
        handler(payload as CompanyEvent);
      } catch (error) {
        // One page's failing handler must not starve the others.
        console.error(`realtime handler for ${event} failed`, error);
      }
    }
  };

  const attach = (created: RealtimeSocket) => {
    const current = run;
    created.on('connect', () => {
      if (current !== run) return;
      refusalsSinceRenewal = 0;
      // The server forgets rooms with the old socket: join them again, then tell the pages to refetch.
      for (const { room } of rooms.values()) created.emit(...roomEmit(room, true));
      setStatus('connected', true);
    });
    created.on('disconnect', (reason) => {
      if (current !== run) return;
      if (!network.isOnline()) {
        setStatus('offline');
        return;
      }
      setStatus('reconnecting');
      // Dropped by the server (e.g. it signed the socket out): socket.io does not retry on its own.
      if (reason === 'io server disconnect') reconnect(false);
    });
    created.on('connect_error', (error) => {
      if (current !== run) return;
      setStatus(network.isOnline() ? 'reconnecting' : 'offline');
      // A transport failure is retried by socket.io itself; a refusal by the server is not.
      if (created.active) return;
      if (isTokenRefusal(error as Error & { data?: unknown })) {
        refusalsSinceRenewal += 1;
        reconnect(true, refusalsSinceRenewal > 1 ? retryDelayMs : 0);
      } else {
        reconnect(false, retryDelayMs);
      }
    });
    // Every reconnection attempt carries the newest token (the app renews it as it expires).
    created.io.on('reconnect_attempt', () => {
      if (current === run) setHandshakeToken(created, tokens.current());
    });
    created.onAny((event, payload) => {
      if (current === run) dispatch(event, payload);
    });
  };

  const onNetwork = (online: boolean) => {
    if (!socket) return;
    if (!online) {
      // The socket would take its ping timeout (~45 s) to notice: say it now, and stop trying.
      socket.disconnect();
      setStatus('offline');
    } else {
      setStatus('reconnecting');
      reconnect(false);
    }
  };

  /** Fetches socket.io-client (once) and creates the socket; a failed chunk fetch is tried again later. */
  const openSocket = (current: number) => {
    void (async () => {
      let factory: SocketFactory;
      try {
        factory = await options.loadSocketFactory();
      } catch {
        if (current !== run) return;
        setStatus(network.isOnline() ? 'reconnecting' : 'offline');
        retryTimer = setTimer(() => {
          retryTimer = null;
          if (current === run) openSocket(current);
        }, retryDelayMs);
        return;
      }
      if (current !== run) return;
      let token = tokens.current();
      if (!token) {
        try {
          token = await tokens.renew();
        } catch {
          token = null; // refused by the server, then renewed again through connect_error
        }
        if (current !== run) return;
      }
      const created = factory(url, { query: token ? { token } : {} });
      socket = created;
      attach(created);
      if (!network.isOnline()) created.disconnect();
    })();
  };

  const connection: RealtimeConnection = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    onCompanyEvent(kind, handler) {
      let set = handlers.get(kind);
      if (!set) handlers.set(kind, (set = new Set()));
      set.add(handler);
      return () => void set.delete(handler);
    },

    join(room) {
      const key = roomKey(room);
      const entry = rooms.get(key);
      if (entry) entry.count += 1;
      else {
        rooms.set(key, { room, count: 1 });
        // Not connected yet: the 'connect' handler joins every registered room.
        if (socket?.connected) socket.emit(...roomEmit(room, true));
      }
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const current = rooms.get(key);
        if (!current) return;
        current.count -= 1;
        if (current.count > 0) return;
        rooms.delete(key);
        if (socket?.connected) socket.emit(...roomEmit(room, false));
      };
    },

    start() {
      if (running) return;
      running = true;
      const current = ++run;
      setStatus(network.isOnline() ? (snapshot.connections === 0 ? 'connecting' : 'reconnecting') : 'offline');
      unsubscribeNetwork = network.subscribe((online) => {
        if (current === run) onNetwork(online);
      });
      openSocket(current);
    },

    stop() {
      if (!running) return;
      running = false;
      run += 1;
      clearRetry();
      unsubscribeNetwork?.();
      unsubscribeNetwork = null;
      socket?.disconnect();
      socket = null;
    },
  };
  return connection;
}
