import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Delete from '@mui/icons-material/DeleteOutlined';
import Reply from '@mui/icons-material/Reply';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useDeleteMessage } from '../api/messages.ts';
import type { Message } from '../api/schemas.ts';
import { canDelete } from '../model/send.ts';
import { useComposer } from './composer/composer-state.tsx';
import { BubbleIcon } from './message/bubble-icon.tsx';
import { bubbleClasses } from './message/bubble-styles.tsx';
import { useBubbleTexts } from './message/bubble-texts.tsx';

interface MessageMenu {
  /** The message whose menu is open, if any. */
  openId: string | null;
  open: (message: Message, anchor: HTMLElement) => void;
}

const MessageMenuContext = createContext<MessageMenu | null>(null);

type Dialog = { kind: 'delete'; message: Message } | undefined;

/**
 * The bubbles' menu, once for the conversation: reply (when the ticket is open), delete the agent's own
 * message for everyone. Each bubble has only the button that opens it (a conversation mounts bubbles by the
 * thousand while the agent scrolls), and the delete confirmation stays open when its bubble scrolls away. No
 * edit: the Atendechat backend (codatendechat, messageRoutes) has no route to edit a message.
 */
export function MessageActionsProvider({ ticketId, children }: { ticketId: number; children: ReactNode }) {
  const { t } = useTranslation('tickets');
  const { enabled, setReply } = useComposer();
  const remove = useDeleteMessage(ticketId);
  const [menu, setMenu] = useState<{ message: Message; anchor: HTMLElement } | null>(null);
  const [dialog, setDialog] = useState<Dialog>(undefined);

  const open = useCallback((message: Message, anchor: HTMLElement) => setMenu({ message, anchor }), []);
  const value = useMemo(() => ({ openId: menu?.message.id ?? null, open }), [menu, open]);
  const message = menu?.message;
  const close = () => setMenu(null);

  return (
    <MessageMenuContext value={value}>
      {children}
      <Menu anchorEl={menu?.anchor} open={menu !== null} onClose={close}>
        {message && enabled && !message.isDeleted && (
          <MenuItem
            onClick={() => {
              close();
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
        {message && canDelete(message) && (
          <MenuItem
            onClick={() => {
              close();
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
    </MessageMenuContext>
  );
}

/** A bubble's button for its menu; none when the menu would be empty (nothing to reply to or delete). */
export function MessageActionsButton({ message }: { message: Message }) {
  const { t } = useBubbleTexts();
  const { enabled } = useComposer();
  const menu = use(MessageMenuContext);
  if (!menu || !((enabled && !message.isDeleted) || canDelete(message))) return null;
  const expanded = menu.openId === message.id;
  return (
    <button
      type="button"
      className={bubbleClasses.actions}
      aria-label={t('messageActions.open')}
      aria-haspopup="menu"
      aria-expanded={expanded}
      onClick={(event) => menu.open(message, event.currentTarget)}
      data-testid="message-actions"
    >
      <BubbleIcon name="expandMore" />
    </button>
  );
}
