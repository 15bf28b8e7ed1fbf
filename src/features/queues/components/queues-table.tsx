import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/row-actions.tsx';
import type { Queue } from '../api/queues.ts';
import { hasHours, weekFromSchedules } from '../model/opening-hours.ts';
import { QueueChip } from './queue-chip.tsx';

interface QueuesTableProps {
  queues: Queue[];
  busy: boolean;
  onEdit: (queue: Queue) => void;
  onDelete: (queue: Queue) => void;
}

/** The queues, one row each; colour, greeting and hours give way on narrow screens. */
export function QueuesTable({ queues, busy, onEdit, onDelete }: QueuesTableProps) {
  const { t } = useTranslation('queues');
  const wideOnly = { display: { xs: 'none', sm: 'table-cell' } } as const;
  const widestOnly = { display: { xs: 'none', md: 'table-cell' } } as const;

  return (
    <Table size="small" aria-label={t('listLabel')} aria-busy={busy} data-testid="queues-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('columns.name')}</TableCell>
          <TableCell sx={wideOnly}>{t('columns.color')}</TableCell>
          <TableCell sx={widestOnly}>{t('columns.greeting')}</TableCell>
          <TableCell sx={wideOnly}>{t('columns.hours')}</TableCell>
          <TableCell align="right">{t('columns.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {queues.map((queue) => {
          const greeting = queue.greetingMessage?.trim() ?? '';
          return (
            <TableRow key={queue.id} data-testid={`queue-row-${queue.id}`} hover>
              <TableCell sx={{ minWidth: 0, maxWidth: { xs: '12rem', sm: '16rem' } }}>
                <Box sx={{ display: 'grid', gap: 0.5, justifyItems: 'start' }}>
                  <Box component="span" data-testid="queue-name-cell" sx={{ maxWidth: '100%' }}>
                    <QueueChip name={queue.name} color={queue.color} testId={`queue-chip-${queue.id}`} />
                  </Box>
                  {queue.orderQueue !== null && queue.orderQueue !== undefined && (
                    <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                      {t('order', { order: queue.orderQueue })}
                    </Typography>
                  )}
                </Box>
              </TableCell>
              <TableCell sx={{ ...wideOnly, fontFamily: 'monospace' }} data-testid="queue-color-cell">
                {queue.color}
              </TableCell>
              <TableCell sx={{ ...widestOnly, maxWidth: '24rem' }} data-testid="queue-greeting-cell">
                <Typography
                  variant="body2"
                  noWrap
                  title={greeting}
                  sx={greeting === '' ? { color: 'text.secondary' } : undefined}
                >
                  {greeting === '' ? t('noGreeting') : greeting}
                </Typography>
              </TableCell>
              <TableCell sx={wideOnly} data-testid="queue-hours-cell">
                {hasHours(weekFromSchedules(queue.schedules)) ? t('hoursSet') : t('noHours')}
              </TableCell>
              <RowActions
                edit={{
                  label: t('edit', { name: queue.name }),
                  onClick: () => onEdit(queue),
                  testId: `queue-edit-${queue.id}`,
                }}
                delete={{
                  label: t('delete', { name: queue.name }),
                  onClick: () => onDelete(queue),
                  testId: `queue-delete-${queue.id}`,
                }}
              />
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
