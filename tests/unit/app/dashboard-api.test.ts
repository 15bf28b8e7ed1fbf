import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../src/lib/api-client.ts';
import { createApiLoader } from '../../../src/lib/api-context.tsx';
import { memoryStorage } from '../../../src/lib/storage.ts';
import { createTokenStore } from '../../../src/lib/auth/token-store.ts';
import { getTicketCounts, ticketCountParams } from '../../../src/features/dashboard/api/ticket-counts.ts';
import { fakeAdapter } from './fake-backend.ts';

describe('ticket counts', () => {
  it('asks for each status with showAll, the first page and the user queues as a JSON array', () => {
    expect(ticketCountParams('open', [1, 2])).toEqual({
      status: 'open',
      showAll: 'true',
      pageNumber: '1',
      queueIds: '[1,2]',
    });
    expect(ticketCountParams('closed', [])).toEqual({
      status: 'closed',
      showAll: 'true',
      pageNumber: '1',
      queueIds: '[]',
    });
  });

  it('reads the count of every status from the backend', async () => {
    const counts: Record<string, number> = { open: 3, pending: 2, closed: 7 };
    const { adapter, seen } = fakeAdapter((request) => {
      const { status } = request.params as { status: string };
      return { status: 200, data: { tickets: [], count: counts[status], hasMore: false } };
    });
    const tokens = createTokenStore(memoryStorage({ k: 'tok' }), 'k');
    const api = createApiClient({ baseURL: 'http://api.test', tokens, onSessionExpired: vi.fn(), adapter });
    expect(await getTicketCounts(api, [4])).toEqual({ open: 3, pending: 2, closed: 7 });
    expect(seen.map((r) => `${r.method} ${r.url} ${JSON.stringify(r.params)} ${r.authorization}`)).toEqual([
      'GET /tickets {"status":"open","showAll":"true","pageNumber":"1","queueIds":"[4]"} Bearer tok',
      'GET /tickets {"status":"pending","showAll":"true","pageNumber":"1","queueIds":"[4]"} Bearer tok',
      'GET /tickets {"status":"closed","showAll":"true","pageNumber":"1","queueIds":"[4]"} Bearer tok',
    ]);
  });

  it('rejects an answer without a count', async () => {
    const { adapter } = fakeAdapter(() => ({ status: 200, data: '<html></html>' }));
    const api = createApiClient({
      baseURL: 'http://api.test',
      tokens: createTokenStore(memoryStorage(), 'k'),
      onSessionExpired: vi.fn(),
      adapter,
    });
    await expect(getTicketCounts(api, [])).rejects.toThrow(/Unexpected/);
  });
});

describe('createApiLoader', () => {
  it('creates the client once, on first load, and can retry after a failure', async () => {
    let attempts = 0;
    const client = { marker: true } as never;
    const loader = createApiLoader(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk failed');
      return client;
    });
    expect(loader.current()).toBeUndefined();
    await expect(loader.load()).rejects.toThrow('chunk failed');
    const [a, b] = await Promise.all([loader.load(), loader.load()]);
    expect(a).toBe(client);
    expect(b).toBe(client);
    expect(attempts).toBe(2);
    expect(loader.current()).toBe(client);
  });
});
