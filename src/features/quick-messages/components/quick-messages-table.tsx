import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import AttachFile from '@mui/icons-material/AttachFile';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/row-actions.tsx';
import type { QuickMessage } from '../api/quick-messages.ts';

interface QuickMessagesTableProps {
  quickMessages: QuickMessage[];
  busy: boolean;
  onEdit: (quickMessage: QuickMessage) => void;
  onDelete: (quickMessage: QuickMessage) => void;
}

const wideOnly = { display: { xs: 'none', md: 'table-cell' } } as const;

/** Only http(s) links open: the backend's URL is shown as a link, never anything it could run. */
function safeUrl(url: string | null): string | undefined {
  if (url === null) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Shortcut, the message (two lines at most; under the shortcut on phones), the attachment, edit and delete. */
export function QuickMessagesTable({ quickMessages, busy, onEdit, onDelete }: QuickMessagesTableProps) {
  const { t } = useTranslation('quick-messages');
  return (
    <Table size="small" aria-label={t('listLabel')} aria-busy={busy} data-testid="quick-messages-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('columns.shortcode')}</TableCell>
          <TableCell sx={wideOnly}>{t('columns.message')}</TableCell>
          <TableCell sx={wideOnly}>{t('columns.media')}</TableCell>
          <TableCell align="right">{t('columns.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {quickMessages.map((quickMessage) => {
          const preview = (
            <Box
              component="span"
              sx={{
                display: '-webkit-box',
                WebkitLineClamp: 2,
                WebkitBoxOrient: 'vertical',
                overflow: 'hidden',
                whiteSpace: 'pre-line',
                overflowWrap: 'anywhere',
              }}
            >
              {quickMessage.message}
            </Box>
          );
          const href = safeUrl(quickMessage.mediaPath);
          const media =
            quickMessage.mediaName === null ? (
              <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
                {t('noMedia')}
              </Typography>
            ) : (
              <Box
                component="span"
                sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, overflowWrap: 'anywhere' }}
              >
                <AttachFile fontSize="small" aria-hidden />
                {href ? (
                  <Link href={href} target="_blank" rel="noopener noreferrer">
                    {quickMessage.mediaName}
                  </Link>
                ) : (
                  quickMessage.mediaName
                )}
              </Box>
            );
          return (
            <TableRow key={quickMessage.id} data-testid={`quick-message-row-${quickMessage.id}`} hover>
              <TableCell sx={{ overflowWrap: 'anywhere', verticalAlign: 'top' }}>
                <Typography
                  component="span"
                  variant="body2"
                  sx={{ fontWeight: 500 }}
                  data-testid="quick-message-shortcode"
                >
                  /{quickMessage.shortcode}
                </Typography>
                <Typography
                  component="span"
                  variant="body2"
                  sx={{ display: { xs: 'block', md: 'none' }, color: 'text.secondary', mt: 0.5 }}
                >
                  {preview}
                </Typography>
                {quickMessage.mediaName !== null && (
                  <Box component="span" sx={{ display: { xs: 'block', md: 'none' }, mt: 0.5 }}>
                    {media}
                  </Box>
                )}
              </TableCell>
              <TableCell sx={{ ...wideOnly, verticalAlign: 'top' }} data-testid="quick-message-text">
                {preview}
              </TableCell>
              <TableCell sx={{ ...wideOnly, verticalAlign: 'top' }}>{media}</TableCell>
              <RowActions
                sx={{ verticalAlign: 'top' }}
                edit={{
                  label: t('edit', { shortcode: quickMessage.shortcode }),
                  onClick: () => onEdit(quickMessage),
                  testId: `quick-message-edit-${quickMessage.id}`,
                }}
                delete={{
                  label: t('delete', { shortcode: quickMessage.shortcode }),
                  onClick: () => onDelete(quickMessage),
                  testId: `quick-message-delete-${quickMessage.id}`,
                }}
              />
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
