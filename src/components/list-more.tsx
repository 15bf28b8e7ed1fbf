import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useErrorText } from '../hooks/use-error-text.ts';
import { ErrorPanel } from './error-panel.tsx';

/** The parts of a TanStack infinite query the footer of a paged list needs. */
export interface MorePages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => unknown;
}

interface ListMoreProps {
  query: MorePages;
  /** "Showing 20 of 45 users". */
  shownText: string;
  loadMoreText: string;
  /** Said before the error's own text when a next page fails. */
  failedText: string;
  /** Test ids: `<testId>-shown`, `<testId>-load-more`, `<testId>-more-error`. */
  testId: string;
}

/** Under a paged list: how many rows are shown, the button for more, and a failed next page with retry. */
export function ListMore({ query, shownText, loadMoreText, failedText, testId }: ListMoreProps) {
  const { errorText } = useErrorText();
  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mt: 2 }}>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid={`${testId}-shown`}>
          {shownText}
        </Typography>
        {query.hasNextPage && (
          <Button
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
            data-testid={`${testId}-load-more`}
          >
            {loadMoreText}
          </Button>
        )}
      </Box>
      {query.isFetchNextPageError && (
        <ErrorPanel
          data-testid={`${testId}-more-error`}
          message={`${failedText} ${errorText(query.error)}`}
          onRetry={() => void query.fetchNextPage()}
        />
      )}
    </>
  );
}
