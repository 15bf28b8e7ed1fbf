import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useTranslation } from 'react-i18next';
import { QueueChip } from '../../queues/index.ts';
import type { User } from '../api/users.ts';

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  p: 0,
  m: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

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
          const reasonId = `user-delete-reason-${user.id}`;
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
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <IconButton
                  aria-label={t('edit', { name: user.name })}
                  onClick={() => onEdit(user)}
                  data-testid={`user-edit-${user.id}`}
                >
                  <EditOutlined />
                </IconButton>
                {self ? (
                  // Not `disabled`: a disabled button cannot be focused, and its reason would never be heard.
                  <Tooltip title={t('cannotDeleteSelf')}>
                    <IconButton
                      aria-label={t('delete', { name: user.name })}
                      aria-disabled="true"
                      aria-describedby={reasonId}
                      data-testid={`user-delete-${user.id}`}
                      sx={{ color: 'action.disabled', cursor: 'not-allowed' }}
                    >
                      <DeleteOutlined />
                      <Box component="span" id={reasonId} sx={visuallyHidden}>
                        {t('cannotDeleteSelf')}
                      </Box>
                    </IconButton>
                  </Tooltip>
                ) : (
                  <IconButton
                    aria-label={t('delete', { name: user.name })}
                    onClick={() => onDelete(user)}
                    data-testid={`user-delete-${user.id}`}
                  >
                    <DeleteOutlined />
                  </IconButton>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
