import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/row-actions.tsx';
import { QueueChip } from '../../queues/index.ts';
import type { User } from '../api/users.ts';

interface UsersTableProps {
  users: User[];
  selfId: number;
  busy: boolean;
  onEdit: (user: User) => void;
  onDelete: (user: User) => void;
}

/** The users, one row each; the e-mail and queues columns give way on narrow screens (the e-mail moves under the name). */
export function UsersTable({ users, selfId, busy, onEdit, onDelete }: UsersTableProps) {
  const { t } = useTranslation('users');
  const wideOnly = { display: { xs: 'none', sm: 'table-cell' } } as const;
  const widestOnly = { display: { xs: 'none', md: 'table-cell' } } as const;

  return (
    <Table size="small" aria-label={t('listLabel')} aria-busy={busy} data-testid="users-table">
      <TableHead>
        <TableRow>
          <TableCell>{t('columns.name')}</TableCell>
          <TableCell sx={wideOnly}>{t('columns.email')}</TableCell>
          <TableCell>{t('columns.profile')}</TableCell>
          <TableCell sx={widestOnly}>{t('columns.queues')}</TableCell>
          <TableCell align="right">{t('columns.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {users.map((user) => {
          const self = user.id === selfId;
          return (
            <TableRow key={user.id} data-testid={`user-row-${user.id}`} hover>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                  <span data-testid="user-name-cell">{user.name}</span>
                  {self && <Chip size="small" label={t('you')} variant="outlined" />}
                </Box>
                <Typography variant="body2" sx={{ display: { xs: 'block', sm: 'none' }, color: 'text.secondary' }}>
                  {user.email}
                </Typography>
              </TableCell>
              <TableCell sx={{ ...wideOnly, overflowWrap: 'anywhere' }} data-testid="user-email-cell">
                {user.email}
              </TableCell>
              <TableCell data-testid="user-profile-cell">
                {user.profile === 'admin' ? t('profiles.admin') : t('profiles.user')}
              </TableCell>
              <TableCell sx={widestOnly} data-testid="user-queues-cell">
                {user.queues.length > 0 ? (
                  <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                    {user.queues.map((queue) => (
                      <QueueChip key={queue.id} name={queue.name} color={queue.color} />
                    ))}
                  </Box>
                ) : (
                  t('noQueues')
                )}
              </TableCell>
              <RowActions
                edit={{
                  label: t('edit', { name: user.name }),
                  onClick: () => onEdit(user),
                  testId: `user-edit-${user.id}`,
                }}
                delete={{
                  label: t('delete', { name: user.name }),
                  onClick: () => onDelete(user),
                  testId: `user-delete-${user.id}`,
                  disabledReason: self ? t('cannotDeleteSelf') : undefined,
                }}
              />
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
