import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

const SEARCH_DELAY_MS = 300;
const NONE: readonly string[] = [];

/**
 * A list's search, one policy for every page: the term lives in the URL (`?q=`), so a reload or a shared link
 * keeps it; typing updates the field at once and the URL (and so the term) 300 ms after the last key, without
 * adding a history entry per search. `resets`: other parameters a new term drops (a page number: a new search
 * starts from the first page).
 */
export function useSearchParam(
  name = 'q',
  resets: readonly string[] = NONE,
): { input: string; setInput: (value: string) => void; term: string } {
  const [params, setParams] = useSearchParams();
  const term = params.get(name)?.trim() ?? '';
  const [input, setInput] = useState(term);

  useEffect(() => {
    const next = input.trim();
    if (next === term) return;
    const timer = setTimeout(() => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === '') updated.delete(name);
          else updated.set(name, next);
          for (const other of resets) updated.delete(other);
          return updated;
        },
        { replace: true },
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input, term, name, resets, setParams]);

  return { input, setInput, term };
}
