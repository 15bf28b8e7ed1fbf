import { useState } from 'react';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Delete from '@mui/icons-material/DeleteOutlined';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Reply from '@mui/icons-material/Reply';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useDeleteMessage } from '../api/messages.ts';
import type { Message } from '../api/schemas.ts';
import { canDelete } from '../model/send.ts';
import { useComposer } from './composer/composer-state.tsx';

type Dialog = { kind: 'delete'; message: Message } | undefined;

/**
 * A bubble's menu: reply (when the ticket is open), delete the agent's own message for everyone. No edit: the
 * Atendechat backend (codatendechat, messageRoutes) has no route to edit a message.
 */
export function MessageActions({ message }: { message: Message }) {
  const { t } = useTranslation('tickets');
  const { enabled, setReply } = useComposer();
  const remove = useDeleteMessage(message.ticketId);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<Dialog>(undefined);

  const canReply = enabled && !message.isDeleted;
  const deletable = canDelete(message);
  if (!canReply && !deletable) return null;

  return (
    <>
      <IconButton
        size="small"
        aria-label={t('messageActions.open')}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
        data-testid="message-actions"
        className="message-actions"
        sx={{
          position: 'absolute',
          top: 2,
          right: 2,
          p: 0.25,
          bgcolor: 'background.paper',
          boxShadow: 1,
          '&:hover': { bgcolor: 'background.paper' },
          // Shown while the pointer is over the bubble, when focused, while its menu is open; always on touch.
          opacity: 0,
          '[data-from-me]:hover > &, &.Mui-focusVisible, &[aria-expanded="true"]': { opacity: 1 },
          '@media (hover: none)': { opacity: 1 },
        }}
      >
        <ExpandMore fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {canReply && (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              setReply(message);
            }}
            data-testid="message-action-reply"
          >
            <ListItemIcon>
              <Reply fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('messageActions.reply')}</ListItemText>
          </MenuItem>
        )}
        {deletable && (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              setDialog({ kind: 'delete', message });
            }}
            data-testid="message-action-delete"
          >
            <ListItemIcon>
              <Delete fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('messageActions.delete')}</ListItemText>
          </MenuItem>
        )}
      </Menu>
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('messageActions.deleteTitle')}
          body={t('messageActions.deleteBody')}
          confirmLabel={t('messageActions.delete')}
          cancelLabel={t('messageActions.cancel')}
          onConfirm={async () => {
            await remove.mutateAsync(dialog.message.id);
            setDialog(undefined);
          }}
          onClose={() => setDialog(undefined)}
          testId="message-delete"
        />
      )}
    </>
  );
}
