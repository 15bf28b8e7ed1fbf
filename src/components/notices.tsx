import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import Alert, { type AlertColor } from '@mui/material/Alert';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import Close from '@mui/icons-material/Close';
import { useTranslation } from 'react-i18next';

export interface Notice {
  text: string;
  /** Default 'success': what an action did. */
  severity?: AlertColor;
  /** The alert's data-testid (default `notice`). */
  testId?: string;
}

type Notify = (notice: Notice) => void;

const NoticesContext = createContext<Notify | null>(null);

const AUTO_HIDE_MS = 5000;

/** One snackbar for the signed-in pages: the latest notice replaces the one shown. */
export function NoticesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation('shell');
  const [notice, setNotice] = useState<(Notice & { id: number }) | undefined>();
  const notify = useCallback<Notify>((next) => setNotice((current) => ({ ...next, id: (current?.id ?? 0) + 1 })), []);
  const close = () => setNotice(undefined);
  return (
    <NoticesContext value={notify}>
      {children}
      <Snackbar key={notice?.id} open={notice !== undefined} autoHideDuration={AUTO_HIDE_MS} onClose={close}>
        <Alert
          severity={notice?.severity ?? 'success'}
          variant="filled"
          data-testid={notice?.testId ?? 'notice'}
          action={
            <IconButton size="small" color="inherit" aria-label={t('notices.close')} onClick={close}>
              <Close fontSize="small" />
            </IconButton>
          }
        >
          {notice?.text}
        </Alert>
      </Snackbar>
    </NoticesContext>
  );
}

/** Shows a short message at the bottom of the screen: `notify({ text: t('toasts.saved') })`. */
export function useNotify(): Notify {
  const notify = use(NoticesContext);
  if (!notify) throw new Error('useNotify outside <NoticesProvider> (is the page under the signed-in shell?)');
  return useMemo(() => notify, [notify]);
}
