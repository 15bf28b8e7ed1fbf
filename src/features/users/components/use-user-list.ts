import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../../lib/api-context.tsx';
import { countUsers, listUsers, type User } from '../api/users-api.ts';

export type UserListState =
  | { status: 'loading'; previous?: Loaded }
  | { status: 'error'; error: unknown; previous?: Loaded }
  | ({ status: 'success' } & Loaded);

interface Loaded {
  users: User[];
  /** Users matching the search. */
  count: number;
  /** All of the company's users (what the plan counts). */
  total: number;
  hasMore: boolean;
  page: number;
}

/**
 * The users list for a search: page 1 on every search or refresh(), more with loadMore(). While it reloads,
 * the rows already shown stay (`previous`), so a refresh after a save does not flash an empty table.
 */
export function useUserList(search: string) {
  const api = useApi();
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<UserListState>({ status: 'loading' });
  const [more, setMore] = useState<{ loading: boolean; error?: unknown }>({ loading: false });
  const loaded = useRef<Loaded | undefined>(undefined);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    setState({ status: 'loading', ...(loaded.current && { previous: loaded.current }) });
    setMore({ loading: false });
    Promise.all([
      listUsers(api, { searchParam: search, pageNumber: 1 }, signal),
      search === '' ? undefined : countUsers(api, signal),
    ]).then(
      ([page, total]) => {
        if (signal.aborted) return;
        loaded.current = {
          users: page.users,
          count: page.count,
          total: total ?? page.count,
          hasMore: page.hasMore,
          page: 1,
        };
        setState({ status: 'success', ...loaded.current });
      },
      (error: unknown) => {
        if (!signal.aborted) setState({ status: 'error', error, ...(loaded.current && { previous: loaded.current }) });
      },
    );
    return () => controller.abort();
  }, [api, search, revision]);

  const refresh = useCallback(() => setRevision((n) => n + 1), []);

  const loadMore = useCallback(() => {
    const current = loaded.current;
    if (!current || !current.hasMore) return;
    setMore({ loading: true });
    listUsers(api, { searchParam: search, pageNumber: current.page + 1 }).then(
      (page) => {
        // A refresh or a new search meanwhile replaced the list: this page belongs to the old one.
        if (loaded.current !== current) return;
        const known = new Set(current.users.map((user) => user.id));
        loaded.current = {
          ...current,
          users: [...current.users, ...page.users.filter((user) => !known.has(user.id))],
          count: page.count,
          hasMore: page.hasMore,
          page: current.page + 1,
        };
        setState({ status: 'success', ...loaded.current });
        setMore({ loading: false });
      },
      (error: unknown) => {
        if (loaded.current === current) setMore({ loading: false, error });
      },
    );
  }, [api, search]);

  return { state, refresh, loadMore, more };
}
