import type { Message } from '../api/schemas.ts';

/**
 * What the composer sends, as Atendechat's own frontend sends it (frontend/src/components/MessageInputCustom)
 * and its backend reads it (MessageController.store, SendWhatsAppMedia). Pure functions, unit-tested.
 */

/** A file waiting in the composer, with its optional caption. */
export interface Attachment {
  /** Local id (React key). */
  key: string;
  file: File;
  caption: string;
  /** An object URL of the file, for images, audio and video previews (revoked when the file leaves). */
  previewUrl?: string;
}

/** Whether the composer shows the file itself (an image, a player) rather than an icon and its name. */
export function previewKind(type: string): 'image' | 'audio' | 'video' | undefined {
  const kind = type.split('/')[0];
  return kind === 'image' || kind === 'audio' || kind === 'video' ? kind : undefined;
}

/** A file refused before uploading, and why. */
export interface RefusedFile {
  name: string;
  size: number;
  reason: 'too-large' | 'empty';
}

const MB = 1024 * 1024;

/** Bytes in `maxMb` megabytes (MiB, as WhatsApp counts its 16 MB). */
export function maxUploadBytes(maxMb: number): number {
  return Math.floor(maxMb * MB);
}

/**
 * Splits picked, dropped or pasted files into those the composer takes and those it refuses before any upload:
 * over the brand's size limit, or empty (a folder dragged in arrives as an empty file).
 */
export function checkFiles(files: readonly File[], maxMb: number): { accepted: File[]; refused: RefusedFile[] } {
  const limit = maxUploadBytes(maxMb);
  const accepted: File[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    if (file.size === 0) refused.push({ name: file.name, size: 0, reason: 'empty' });
    else if (file.size > limit) refused.push({ name: file.name, size: file.size, reason: 'too-large' });
    else accepted.push(file);
  }
  return { accepted, refused };
}

/**
 * A pasted image from the clipboard is often called `image.png` whatever it is (or has no name at all): a
 * name with the time keeps several pastes apart, with the extension from its type.
 */
export function pastedFileName(type: string, now: Date): string {
  const extension = EXTENSIONS[type.split(';')[0]?.trim() ?? ''] ?? 'bin';
  return `pasted-${stamp(now)}.${extension}`;
}

/**
 * A voice note's file name. Atendechat's backend sends an audio upload as a voice note (`ptt: true`) only when
 * its name contains `audio-record-site` (SendWhatsAppMedia); any other audio goes as an audio file.
 */
export function voiceNoteName(mimeType: string, now: Date): string {
  const extension = mimeType.startsWith('audio/ogg') ? 'ogg' : mimeType.startsWith('audio/mp4') ? 'm4a' : 'webm';
  return `audio-record-site-${now.getTime()}.${extension}`;
}

/**
 * The one multipart request for files: each file as `medias`, each followed by its caption as `body` (the
 * backend pairs `body[i]` with `medias[i]` when there are several, and takes `body` whole when there is one),
 * and `fromMe` as Atendechat's frontend adds. The backend ignores `quotedMsg` when files are sent.
 */
export function buildMediaForm(attachments: ReadonlyArray<Pick<Attachment, 'file' | 'caption'>>): FormData {
  const form = new FormData();
  form.append('fromMe', 'true');
  for (const { file, caption } of attachments) {
    form.append('medias', file, file.name);
    form.append('body', caption.trim());
  }
  return form;
}

/** The JSON a text is sent as (recorded: `{body, fromMe, read}`), with the replied-to message as Atendechat sends it. */
export interface TextPayload {
  body: string;
  fromMe: true;
  read: 1;
  mediaUrl: '';
  /** The backend reads `quotedMsg.id` (SendWhatsAppMessage). */
  quotedMsg?: QuotedMessage;
}

/** What of the replied-to message goes with the send: the backend looks it up by id. */
export type QuotedMessage = Pick<Message, 'id' | 'body' | 'fromMe'>;

export function textPayload(body: string, quoted?: QuotedMessage): TextPayload {
  return {
    read: 1,
    fromMe: true,
    mediaUrl: '',
    body,
    ...(quoted && { quotedMsg: { id: quoted.id, body: quoted.body, fromMe: quoted.fromMe } }),
  };
}

/** The agent may delete a message of theirs that is not deleted yet (WhatsApp deletes only your own for everyone). */
export function canDelete(message: Pick<Message, 'fromMe' | 'isDeleted'>): boolean {
  return message.fromMe && !message.isDeleted;
}

/** A size in the user's language: `1.5 MB`, `820 KB`. */
export function formatFileSize(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`;
  if (bytes >= MB) return format(bytes / MB, 'MB');
  if (bytes >= 1024) return format(bytes / 1024, 'KB');
  return `${bytes} B`;
}

/** m:ss of a recording. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
};

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}
