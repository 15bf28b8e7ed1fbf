import { describe, expect, it, vi } from 'vitest';
import {
  createRealtimeConnection,
  isTokenRefusal,
  type CompanyEvent,
  type NetworkSignal,
  type RealtimeSocket,
  type TokenSource,
} from '../../../src/lib/realtime/connection.ts';

/** A socket.io-client Socket stand-in: records what the app emits, lets the test play the server. */
class FakeSocket implements RealtimeSocket {
  connected = false;
  active = true;
  emitted: unknown[][] = [];
  connectCalls = 0;
  disconnectCalls = 0;
  private listeners = new Map<string, Array<(...args: never[]) => void>>();
  private anyListeners: Array<(event: string, ...args: unknown[]) => void> = [];
  private managerListeners: Array<() => void> = [];
  io = {
    opts: {} as { query?: Record<string, string> | string },
    on: (_event: 'reconnect_attempt', listener: () => void) => void this.managerListeners.push(listener),
  };

  constructor(
    readonly url: string,
    query: Record<string, string>,
  ) {
    this.io.opts.query = query;
  }

  on(event: string, listener: (...args: never[]) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  onAny(listener: (event: string, ...args: unknown[]) => void) {
    this.anyListeners.push(listener);
    return this;
  }
  emit(...args: unknown[]) {
    this.emitted.push(args);
    return this;
  }
  connect() {
    this.connectCalls += 1;
    this.active = true;
    return this;
  }
  disconnect() {
    this.disconnectCalls += 1;
    this.active = false;
    if (this.connected) this.serverDisconnect('io client disconnect');
    return this;
  }

  // The server's side.
  private fire(event: string, ...args: unknown[]) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }
  serverConnect() {
    this.connected = true;
    this.fire('connect');
  }
  serverDisconnect(reason: string) {
    this.connected = false;
    this.fire('disconnect', reason);
  }
  serverRefuse(message: string) {
    this.active = false;
    this.fire('connect_error', Object.assign(new Error(message), { data: { status: 403, error: message } }));
  }
  transportError() {
    this.fire('connect_error', new Error('xhr poll error'));
  }
  reconnectAttempt() {
    for (const listener of this.managerListeners) listener();
  }
  serverEmit(event: string, payload: unknown) {
    for (const listener of this.anyListeners) listener(event, payload);
  }
  get query() {
    return this.io.opts.query;
  }
}

function fakeNetwork(): NetworkSignal & { set(online: boolean): void } {
  let online = true;
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(next) {
      online = next;
      for (const listener of listeners) listener(next);
    },
  };
}

function setup(options: { token?: string | null; failedLoads?: number } = {}) {
  let failedLoads = options.failedLoads ?? 0;
  const sockets: FakeSocket[] = [];
  let token: string | null = options.token === undefined ? 'token-1' : options.token;
  let renewals = 0;
  const tokens: TokenSource = {
    current: () => token,
    renew: async () => {
      renewals += 1;
      token = `renewed-${renewals}`;
      return token;
    },
  };
  const network = fakeNetwork();
  const timers: Array<() => void> = [];
  const connection = createRealtimeConnection({
    url: 'http://api.test',
    companyId: 7,
    tokens,
    network,
    loadSocketFactory: async () => {
      if (failedLoads > 0) {
        failedLoads -= 1;
        throw new Error('chunk fetch failed');
      }
      return socketFactory;
    },
    setTimer: (callback) => timers.push(callback),
    clearTimer: () => {},
  });
  function socketFactory(url: string, { query }: { query: Record<string, string> }) {
    const socket = new FakeSocket(url, query);
    sockets.push(socket);
    return socket;
  }
  const started = async () => {
    connection.start();
    await vi.waitFor(() => expect(sockets.length).toBeGreaterThan(0));
    return sockets.at(-1)!;
  };
  return {
    connection,
    sockets,
    network,
    timers,
    started,
    setToken: (next: string) => (token = next),
    renewals: () => renewals,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('realtime connection', () => {
  it('connects to the brand backend with the access token in the handshake query', async () => {
    const { started, connection } = setup();
    const socket = await started();
    expect(socket.url).toBe('http://api.test');
    expect(socket.query).toEqual({ token: 'token-1' });
    expect(connection.getSnapshot()).toEqual({ status: 'connecting', connections: 0 });
    socket.serverConnect();
    expect(connection.getSnapshot()).toEqual({ status: 'connected', connections: 1 });
  });

  it('renews the token first when the store has none', async () => {
    const { started, renewals } = setup({ token: null });
    const socket = await started();
    expect(renewals()).toBe(1);
    expect(socket.query).toEqual({ token: 'renewed-1' });
  });

  it('routes company-<id>-<kind> events to the subscribers of that kind only', async () => {
    const { started, connection } = setup();
    const socket = await started();
    const tickets: CompanyEvent[] = [];
    const messages: CompanyEvent[] = [];
    const stopTickets = connection.onCompanyEvent('ticket', (event) => tickets.push(event));
    connection.onCompanyEvent('appMessage', (event) => messages.push(event));
    socket.serverEmit('company-7-ticket', { action: 'update', ticket: { id: 1 } });
    socket.serverEmit('company-8-ticket', { action: 'update', ticket: { id: 2 } }); // another company
    socket.serverEmit('company-7-ticket', 'not an object');
    socket.serverEmit('company-7-appMessage', { action: 'create', message: { id: 'a' } });
    expect(tickets).toEqual([{ action: 'update', ticket: { id: 1 } }]);
    expect(messages).toHaveLength(1);
    stopTickets();
    socket.serverEmit('company-7-ticket', { action: 'delete', ticketId: 1 });
    expect(tickets).toHaveLength(1);
  });

  it('routes the bare "tag" event (Atendechat names it without the company prefix) to the tag subscribers', async () => {
    const { started, connection } = setup();
    const socket = await started();
    const tags: CompanyEvent[] = [];
    const tickets: CompanyEvent[] = [];
    connection.onCompanyEvent('tag', (event) => tags.push(event));
    connection.onCompanyEvent('ticket', (event) => tickets.push(event));
    socket.serverEmit('tag', { action: 'delete', tagId: '3' });
    socket.serverEmit('ticket', { action: 'update', ticket: { id: 1 } }); // other kinds always carry the prefix
    socket.serverEmit('tag', 'not an object');
    expect(tags).toEqual([{ action: 'delete', tagId: '3' }]);
    expect(tickets).toEqual([]);
  });

  it('a throwing handler does not stop the others', async () => {
    const { started, connection } = setup();
    const socket = await started();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: string[] = [];
    connection.onCompanyEvent('ticket', () => {
      throw new Error('boom');
    });
    connection.onCompanyEvent('ticket', (event) => seen.push(event.action));
    socket.serverEmit('company-7-ticket', { action: 'update' });
    expect(seen).toEqual(['update']);
    errors.mockRestore();
  });

  it('joins rooms once however many components ask, leaves with the last, and joins again after a reconnection', async () => {
    const { started, connection } = setup();
    const early = connection.join({ kind: 'tickets', status: 'open' });
    const socket = await started();
    expect(socket.emitted).toEqual([]); // not connected yet: nothing buffered twice
    socket.serverConnect();
    expect(socket.emitted).toEqual([['joinTickets', 'open']]);

    const second = connection.join({ kind: 'tickets', status: 'open' });
    const chat = connection.join({ kind: 'chatBox', ticketId: 12 });
    connection.join({ kind: 'notification' });
    expect(socket.emitted.slice(1)).toEqual([['joinChatBox', '12'], ['joinNotification']]);
    early();
    early(); // releasing twice is harmless
    expect(socket.emitted).toHaveLength(3);
    second();
    chat();
    expect(socket.emitted.slice(3)).toEqual([
      ['leaveTickets', 'open'],
      ['leaveChatBox', '12'],
    ]);

    socket.emitted = [];
    socket.serverDisconnect('transport close');
    expect(connection.getSnapshot().status).toBe('reconnecting');
    socket.serverConnect();
    expect(socket.emitted).toEqual([['joinNotification']]);
    expect(connection.getSnapshot()).toEqual({ status: 'connected', connections: 2 });
  });

  it('reconnects with the newest token', async () => {
    const { started, setToken } = setup();
    const socket = await started();
    socket.serverConnect();
    socket.serverDisconnect('transport close');
    setToken('token-2'); // the API client renewed it meanwhile
    socket.reconnectAttempt();
    expect(socket.query).toEqual({ token: 'token-2' });
  });

  it('renews the token and connects again when the server refuses it, without looping', async () => {
    const { started, renewals, timers, connection } = setup();
    const socket = await started();
    socket.serverRefuse("Invalid token. We'll try to assign a new one on next request");
    expect(connection.getSnapshot().status).toBe('reconnecting');
    await flush();
    expect(renewals()).toBe(1);
    expect(socket.query).toEqual({ token: 'renewed-1' });
    expect(socket.connectCalls).toBe(1);
    // Refused again with the renewed token: the next renewal waits for a timer.
    socket.serverRefuse('ERR_SESSION_EXPIRED');
    await flush();
    expect(renewals()).toBe(1);
    expect(timers).toHaveLength(1);
    timers[0]!();
    await flush();
    expect(renewals()).toBe(2);
    expect(socket.connectCalls).toBe(2);
  });

  it('a transport error is left to socket.io (it retries by itself)', async () => {
    const { started, renewals, connection } = setup();
    const socket = await started();
    socket.transportError();
    await flush();
    expect(connection.getSnapshot().status).toBe('reconnecting');
    expect(renewals()).toBe(0);
    expect(socket.connectCalls).toBe(0);
  });

  it('says offline and closes the socket when the browser goes offline; reconnects when it is back', async () => {
    const { started, network, connection } = setup();
    const socket = await started();
    socket.serverConnect();
    network.set(false);
    expect(socket.disconnectCalls).toBe(1);
    expect(connection.getSnapshot().status).toBe('offline');
    network.set(true);
    expect(connection.getSnapshot().status).toBe('reconnecting');
    await flush();
    expect(socket.connectCalls).toBe(1);
    socket.serverConnect();
    expect(connection.getSnapshot()).toEqual({ status: 'connected', connections: 2 });
  });

  it('a server-side disconnect is retried by the app (socket.io does not)', async () => {
    const { started } = setup();
    const socket = await started();
    socket.serverConnect();
    socket.active = false;
    socket.serverDisconnect('io server disconnect');
    await flush();
    expect(socket.connectCalls).toBe(1);
  });

  it('stop() disconnects and ignores the old socket; start() makes a new one, keeping rooms and listeners', async () => {
    const { started, sockets, connection } = setup();
    const seen: string[] = [];
    connection.onCompanyEvent('queue', (event) => seen.push(event.action));
    connection.join({ kind: 'notification' });
    const first = await started();
    connection.stop();
    expect(first.disconnectCalls).toBe(1);
    first.serverEmit('company-7-queue', { action: 'update' });
    expect(seen).toEqual([]);
    connection.start();
    await vi.waitFor(() => expect(sockets).toHaveLength(2));
    const second = sockets[1]!;
    second.serverConnect();
    expect(second.emitted).toEqual([['joinNotification']]);
    second.serverEmit('company-7-queue', { action: 'update' });
    expect(seen).toEqual(['update']);
  });

  it('tries again later when socket.io-client’s chunk did not load', async () => {
    const { connection, sockets, timers } = setup({ failedLoads: 1 });
    connection.start();
    await vi.waitFor(() => expect(connection.getSnapshot().status).toBe('reconnecting'));
    expect(sockets).toHaveLength(0);
    expect(timers).toHaveLength(1);
    timers[0]!();
    await vi.waitFor(() => expect(sockets).toHaveLength(1));
  });

  it('tells token refusals from other failures', () => {
    expect(isTokenRefusal(new Error('ERR_SESSION_EXPIRED'))).toBe(true);
    expect(isTokenRefusal(Object.assign(new Error('x'), { data: { status: 403 } }))).toBe(true);
    expect(isTokenRefusal(new Error('xhr poll error'))).toBe(false);
  });
});
