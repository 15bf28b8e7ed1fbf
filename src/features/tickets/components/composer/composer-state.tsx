import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBrand } from '../../../../config/brand-context.tsx';
import { DEFAULT_MAX_UPLOAD_MB } from '../../../../../common/brand-contract.ts';
import type { Message } from '../../api/schemas.ts';
import { checkFiles, previewKind, type Attachment, type RefusedFile } from '../../model/send.ts';

let attachmentSeq = 0;

/**
 * What the conversation and its composer share: the files waiting to be sent (attached with the button, dropped
 * on the conversation or pasted), the files just refused and why, and the message being replied to (chosen
 * from a bubble's menu). One per open ticket (the pane is keyed by ticket), so nothing leaks between tickets.
 */
export interface ComposerState {
  /** Whether the agent can send here (an open ticket): attaching and replying are offered only then. */
  enabled: boolean;
  /** The brand's limit, MB (`maxUploadMb`, default 16). */
  maxUploadMb: number;
  attachments: Attachment[];
  refused: RefusedFile[];
  /** Checks `files` against the limit and adds those that pass (returned); the others go to `refused`. */
  addFiles(files: readonly File[]): Attachment[];
  setCaption(key: string, caption: string): void;
  removeAttachment(key: string): void;
  clearAttachments(): void;
  dismissRefused(): void;
  reply: Message | undefined;
  setReply(message: Message | undefined): void;
}

const ComposerContext = createContext<ComposerState | null>(null);

export function ComposerProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const maxUploadMb = useBrand().maxUploadMb ?? DEFAULT_MAX_UPLOAD_MB;
  const [attachments, setAttachments] = useState<Attachment[]>([]);
  const [refused, setRefused] = useState<RefusedFile[]>([]);
  const [reply, setReply] = useState<Message | undefined>(undefined);

  // Object URLs live as long as their file is attached, and no longer than the conversation.
  const shown = useRef<Attachment[]>([]);
  useEffect(() => {
    shown.current = attachments;
  }, [attachments]);
  useEffect(() => () => shown.current.forEach(revoke), []);

  const addFiles = useCallback(
    (files: readonly File[]): Attachment[] => {
      if (files.length === 0) return [];
      const checked = checkFiles(files, maxUploadMb);
      setRefused(checked.refused);
      const added = checked.accepted.map((file) => ({
        key: `file-${++attachmentSeq}`,
        file,
        caption: '',
        ...(previewKind(file.type) && { previewUrl: URL.createObjectURL(file) }),
      }));
      if (added.length > 0) setAttachments((current) => [...current, ...added]);
      return added;
    },
    [maxUploadMb],
  );
  const setCaption = useCallback(
    (key: string, caption: string) =>
      setAttachments((current) => current.map((item) => (item.key === key ? { ...item, caption } : item))),
    [],
  );
  const removeAttachment = useCallback(
    (key: string) =>
      setAttachments((current) => {
        current.filter((item) => item.key === key).forEach(revoke);
        return current.filter((item) => item.key !== key);
      }),
    [],
  );
  const clearAttachments = useCallback(
    () =>
      setAttachments((current) => {
        current.forEach(revoke);
        return [];
      }),
    [],
  );
  const dismissRefused = useCallback(() => setRefused([]), []);

  const value = useMemo<ComposerState>(
    () => ({
      enabled,
      maxUploadMb,
      attachments,
      refused,
      addFiles,
      setCaption,
      removeAttachment,
      clearAttachments,
      dismissRefused,
      reply,
      setReply,
    }),
    [
      enabled,
      maxUploadMb,
      attachments,
      refused,
      addFiles,
      setCaption,
      removeAttachment,
      clearAttachments,
      dismissRefused,
      reply,
    ],
  );
  return <ComposerContext value={value}>{children}</ComposerContext>;
}

function revoke(attachment: Attachment): void {
  if (attachment.previewUrl) URL.revokeObjectURL(attachment.previewUrl);
}

export function useComposer(): ComposerState {
  const state = use(ComposerContext);
  if (!state) throw new Error('useComposer outside <ComposerProvider>');
  return state;
}
