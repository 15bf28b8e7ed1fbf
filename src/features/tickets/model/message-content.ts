import { numberFormat } from '../../../lib/intl-formats.ts';
import type { Message } from '../api/schemas.ts';
import { safeHref, safeMediaUrl } from './rich-text.ts';

/**
 * What a message is, from the fields Atendechat stores: `mediaType` is the first half of the file's MIME type
 * for files (`image`, `audio`, `video`, `application`, `text`…, see wbotMessageListener's verifyMediaMessage),
 * and WhatsApp's message type otherwise (`conversation`, `extendedTextMessage`, `locationMessage`,
 * `contactMessage`…). Pure.
 */
export type MessageKind =
  | { kind: 'text' }
  | { kind: 'image'; url: string; sticker: boolean }
  | { kind: 'audio'; url: string }
  | { kind: 'video'; url: string }
  | { kind: 'document'; url: string; fileName: string; fileType: FileType }
  | { kind: 'location'; mapUrl?: string; description?: string }
  | { kind: 'contact' }
  /** A file whose URL is not http(s): nothing is loaded. */
  | { kind: 'blocked' };

export type FileType = 'pdf' | 'sheet' | 'doc' | 'slides' | 'archive' | 'audio' | 'video' | 'image' | 'text' | 'file';

/** WhatsApp's text types: a text, even if a fork attached a URL to it (a link preview). */
const TEXT_TYPES = new Set(['conversation', 'chat', 'extendedTextMessage', 'editedMessage']);

/** Bodies Atendechat writes when a file has no caption (`-`), and its stand-ins for voice notes and stickers. */
const NO_CAPTION = new Set(['-', '']);

export function messageKind(message: Pick<Message, 'mediaType' | 'mediaUrl' | 'body'>): MessageKind {
  const type = message.mediaType ?? '';
  if (type === 'locationMessage' || type === 'liveLocationMessage')
    return { kind: 'location', ...parseLocation(message.body) };
  if (type === 'contactMessage' || type === 'vcard' || type === 'contactsArrayMessage') return { kind: 'contact' };
  if (!message.mediaUrl || TEXT_TYPES.has(type)) return { kind: 'text' };
  const url = safeMediaUrl(message.mediaUrl);
  if (!url) return { kind: 'blocked' };
  const fileName = fileNameOf(message.mediaUrl);
  if (type === 'image' || type === 'sticker')
    return { kind: 'image', url, sticker: type === 'sticker' || message.body === 'sticker' };
  if (type === 'audio' || type === 'ptt' || type === 'voice') return { kind: 'audio', url };
  if (type === 'video') return { kind: 'video', url };
  return { kind: 'document', url, fileName, fileType: fileTypeOf(fileName, type) };
}

/** The caption to show under a file, or '' (a placeholder body is no caption). */
export function captionOf(message: Pick<Message, 'mediaType' | 'mediaUrl' | 'body'>, kind: MessageKind): string {
  const body = message.body;
  switch (kind.kind) {
    case 'text':
      return body;
    case 'location':
    case 'contact':
      return '';
    case 'blocked':
      return NO_CAPTION.has(body.trim()) ? '' : body;
    case 'audio':
      return NO_CAPTION.has(body.trim()) || body === 'Áudio' ? '' : body;
    case 'image':
      return NO_CAPTION.has(body.trim()) || (kind.sticker && body === 'sticker') ? '' : body;
    case 'video':
      return NO_CAPTION.has(body.trim()) ? '' : body;
    case 'document':
      // Atendechat's own frontend sends a file's name as its body when there is no caption.
      return NO_CAPTION.has(body.trim()) || body === kind.fileName ? '' : body;
  }
}

/** Unicode's bidirectional controls: in a file name they disguise its extension (`invoice\u202Efdp.exe`). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * The file name in a media URL: what follows `/public/` (Atendechat writes `<time>_<original name>` there,
 * unencoded), percent-decoded when it can be, without the time prefix and without bidirectional controls.
 */
export function fileNameOf(mediaUrl: string): string {
  const marker = mediaUrl.lastIndexOf('/public/');
  let raw = marker >= 0 ? mediaUrl.slice(marker + '/public/'.length) : (mediaUrl.split('/').pop() ?? '');
  raw = raw.replace(/[?#].*$/, '');
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // A stray `%`: the name as written.
  }
  name = name.replace(/^\d{10,}[_-]/, '').replace(BIDI_CONTROLS, '');
  return name.trim() || 'arquivo';
}

const EXTENSIONS: Record<string, FileType> = {
  pdf: 'pdf',
  xls: 'sheet',
  xlsx: 'sheet',
  ods: 'sheet',
  csv: 'sheet',
  doc: 'doc',
  docx: 'doc',
  odt: 'doc',
  rtf: 'doc',
  ppt: 'slides',
  pptx: 'slides',
  odp: 'slides',
  zip: 'archive',
  rar: 'archive',
  '7z': 'archive',
  gz: 'archive',
  tar: 'archive',
  txt: 'text',
  mp3: 'audio',
  ogg: 'audio',
  opus: 'audio',
  m4a: 'audio',
  wav: 'audio',
  mp4: 'video',
  mov: 'video',
  webm: 'video',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
};

export function fileTypeOf(fileName: string, mediaType: string): FileType {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase();
  const byExtension = extension ? EXTENSIONS[extension] : undefined;
  if (byExtension) return byExtension;
  return mediaType === 'text' ? 'text' : 'file';
}

/** The extension shown on a document card (`PDF`), or ''. */
export function extensionOf(fileName: string): string {
  return /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toUpperCase() ?? '';
}

/**
 * A location's body as Atendechat writes it (msgLocation): `<thumbnail data URL> | <maps URL>|<description>`.
 * Only an http(s) map link is kept; the thumbnail (a `data:` URL) is not shown.
 */
export function parseLocation(body: string): { mapUrl?: string; description?: string } {
  const parts = body.split('|');
  if (parts.length < 2) {
    const coordinates = /(-?\d{1,2}(?:\.\d+)?)\D+?(-?\d{1,3}(?:\.\d+)?)/.exec(body);
    if (!coordinates) return {};
    return { mapUrl: mapsUrl(coordinates[1] ?? '', coordinates[2] ?? ''), description: body.trim() };
  }
  const href = safeHref(parts[1]?.trim() ?? '');
  const description = parts.slice(2).join('|').replace(/\\n/g, '\n').trim();
  return {
    ...(href && /^https?:/.test(href) && { mapUrl: href }),
    ...(description && { description }),
  };
}

function mapsUrl(latitude: string, longitude: string): string | undefined {
  const lat = Number(latitude);
  const lng = Number(longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return `https://maps.google.com/maps?q=${lat}%2C${lng}&z=17`;
}

/** A size in bytes for people: `512 B`, `12 KB`, `3.4 MB`. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return numberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

// --- receipts -------------------------------------------------------------------------------------------

export type Receipt = 'failed' | 'pending' | 'sent' | 'delivered' | 'read';

/**
 * WhatsApp's message status (Baileys' WAMessageStatus, stored as `ack`): 0 error, 1 pending, 2 server ack
 * (sent), 3 delivered, 4 read, 5 played (a voice note heard: read). Only the agent's own messages have one.
 */
export function receiptOf(message: Pick<Message, 'fromMe' | 'ack'>): Receipt | undefined {
  if (!message.fromMe || message.ack === null || message.ack === undefined) return undefined;
  if (message.ack <= 0) return 'failed';
  if (message.ack === 1) return 'pending';
  if (message.ack === 2) return 'sent';
  if (message.ack === 3) return 'delivered';
  return 'read';
}

/** Messages longer than this show their start and a "read more" (a 100 KB body stays cheap to lay out). */
export const LONG_TEXT = 3000;
