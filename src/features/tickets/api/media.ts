import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../lib/api-context.tsx';

/**
 * The size of a file the backend serves (`/public/…`), from a HEAD request's Content-Length: Atendechat's
 * messages do not carry it. Asked only of the brand's own backend, without credentials (the files are
 * public), never of another origin a hostile mediaUrl could name. `undefined` when unknown.
 */
export async function getMediaSize(url: string, backendOrigin: string, signal?: AbortSignal): Promise<number | null> {
  if (new URL(url).origin !== backendOrigin) return null;
  const response = await fetch(url, { method: 'HEAD', credentials: 'omit', ...(signal && { signal }) });
  const length = Number(response.headers.get('content-length'));
  return response.ok && Number.isFinite(length) && length > 0 ? length : null;
}

export const mediaKeys = {
  size: (url: string) => ['media-size', url] as const,
};

export function useMediaSize(url: string): number | undefined {
  const api = useApi();
  const origin = new URL(api.defaults.baseURL ?? window.location.href, window.location.href).origin;
  const query = useQuery({
    queryKey: mediaKeys.size(url),
    queryFn: ({ signal }) => getMediaSize(url, origin, signal),
    staleTime: Infinity,
    retry: false,
  });
  return query.data ?? undefined;
}
