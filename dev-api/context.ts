import type { TokenSettings } from './auth.ts';
import type { Db } from './db.ts';
import type { MediaStore } from './media.ts';
import type { FakePairing } from './pairing.ts';
import type { Realtime } from './socket.ts';

/** What every router gets: storage, events, the session simulator and the settings. */
export interface AppContext {
  db: Db;
  /** The media files (Atendechat's public/ folder). */
  media: MediaStore;
  realtime: Realtime;
  pairing: FakePairing;
  tokens: TokenSettings;
  /** Absolute base for media URLs (known once the server listens). */
  baseUrl: () => string;
}
