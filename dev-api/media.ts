/**
 * Media files on disk, as Atendechat keeps them in its `public/` folder and serves them at
 * `<BACKEND_URL>/public/<name>` (the Message model's mediaUrl getter). A file database keeps its files next to
 * it (`.cache/dev-api.sqlite` → `.cache/dev-api-public/`); `:memory:` uses a temporary folder removed on close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** As Atendechat: the first half of the MIME type (`image/png` → `image`, `application/pdf` → `application`). */
export function mediaTypeOf(mimetype: string): string {
  return mimetype.split('/')[0]?.trim().toLowerCase() || 'application';
}

/**
 * A name that is one file inside the folder, whatever the sender called it: path separators, control and
 * bidirectional characters become `_` (Atendechat writes `<time>_<name>` raw, so `../x` tries to leave
 * `public/`); spaces become `_` as Atendechat's upload config does; at most 120 characters.
 */
export function safeFileName(original: string): string {
  const cleaned = original
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[/\\\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/\s/g, '_')
    .slice(-120);
  return cleaned.replace(/^\.+$/, '_') || 'file';
}

export class MediaStore {
  private last = 0;

  private constructor(
    readonly dir: string,
    private readonly temporary: boolean,
  ) {}

  /** The folder for a database file; a fresh database (`fresh`) starts with an empty one. */
  static open(dbFile: string, fresh: boolean): MediaStore {
    if (dbFile === ':memory:') return new MediaStore(fs.mkdtempSync(path.join(os.tmpdir(), 'dev-api-public-')), true);
    const resolved = path.resolve(dbFile);
    const dir = path.join(path.dirname(resolved), `${path.basename(resolved).replace(/\.[^.]*$/, '')}-public`);
    if (fresh) fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    return new MediaStore(dir, false);
  }

  /**
   * Writes a file as `<time>_<safe name>`, or `<time>.<extension>` when the name is not kept (as Atendechat's
   * downloadMedia: only documents keep the name WhatsApp gives them). The time strictly increases, so names
   * never collide. Returns the name.
   */
  save(originalName: string, data: Buffer, options: { keepName?: boolean } = {}): string {
    this.last = Math.max(Date.now(), this.last + 1);
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(originalName)?.[1]?.toLowerCase() ?? 'bin';
    const name =
      options.keepName === false ? `${this.last}.${extension}` : `${this.last}_${safeFileName(originalName)}`;
    const file = path.join(this.dir, name);
    if (path.dirname(file) !== this.dir) throw new Error(`unsafe media name ${JSON.stringify(name)}`);
    fs.writeFileSync(file, data, { flag: 'wx' });
    return name;
  }

  /** Writes a file under a name of its own (the benchmark's seeded files), unless one of that name is there. */
  put(name: string, data: Buffer): void {
    const file = path.join(this.dir, name);
    if (path.dirname(file) !== this.dir) throw new Error(`unsafe media name ${JSON.stringify(name)}`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, data);
  }

  close(): void {
    if (this.temporary) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The URL a stored name is served at: percent-encoded (Atendechat does not encode it). */
export function mediaUrlOf(baseUrl: string, name: string): string {
  return `${baseUrl}/public/${encodeURIComponent(name)}`;
}
