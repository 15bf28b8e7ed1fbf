import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../hooks/use-error-text.ts';
import { ErrorPanel } from './error-panel.tsx';
import { PageLoader } from './page-loader.tsx';

/** The parts of a TanStack query (or infinite query) a list needs to say where it is. */
export interface ListQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  /** A refetch is under way (a new search, an update from elsewhere) while older rows are shown. */
  isFetching: boolean;
  refetch: () => unknown;
}

interface ListStatusProps {
  query: ListQuery;
  /** No row to show once loaded. */
  isEmpty: boolean;
  emptyText: string;
  /** Said before the error's own text, e.g. "The users could not be loaded." */
  errorText: string;
  /** Test ids: `<testId>-error`, `<testId>-empty`, `<testId>-loading`. */
  testId: string;
  /** The rows: shown whenever there are some, with a bar above them while they are being refreshed. */
  children: ReactNode;
}

/**
 * Loading, empty and error (with retry) for a list, one way on every page. Rows already shown stay while the
 * list reloads (a refresh after a save never flashes an empty table) and under a failed refresh's error.
 */
export function ListStatus({ query, isEmpty, emptyText, errorText: failedText, testId, children }: ListStatusProps) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const hasRows = !query.isPending && !isEmpty;
  return (
    <>
      {query.isError && (
        <ErrorPanel
          data-testid={`${testId}-error`}
          message={`${failedText} ${errorText(query.error)}`}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isPending && !query.isError && (
        <Box data-testid={`${testId}-loading`}>
          <PageLoader />
        </Box>
      )}
      {!query.isPending && isEmpty && !query.isError && (
        <Typography data-testid={`${testId}-empty`} sx={{ color: 'text.secondary', py: 4, textAlign: 'center' }}>
          {emptyText}
        </Typography>
      )}
      {hasRows && (
        <Box sx={{ minWidth: 0 }}>
          <Box sx={{ height: 4 }}>{query.isFetching && <LinearProgress aria-label={t('app.loading')} />}</Box>
          {children}
        </Box>
      )}
    </>
  );
}
