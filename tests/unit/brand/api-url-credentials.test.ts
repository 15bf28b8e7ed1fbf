import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectBrand, loadBrand } from '../../../scripts/brand/load-brand.ts';
import { formatProblem } from '../../../scripts/brand/problems.ts';
import { httpUrlSchema, withoutCredentials } from '../../../scripts/brand/schema.ts';
import { makeBrandsDir, VALID_BRAND, writeBrandJson } from '../build/fixtures.ts';

/**
 * A backend URL with credentials is written into every page the build ships, so every browser would get
 * them: refused wherever the URL comes from, naming the field or variable and the host, never the secret.
 */
const SECRET = 's3cr3t-Pa55';
const USER = 'svc-user';

let brandsDir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir: brandsDir, cleanup } = makeBrandsDir(['cliente1']));
});
afterAll(() => cleanup());

async function errorOf(apiUrl: string | undefined, env: Record<string, string> = {}): Promise<string> {
  writeBrandJson(brandsDir, 'cliente1', { ...VALID_BRAND, ...(apiUrl !== undefined && { apiUrl }) });
  const error = await loadBrand(brandsDir, 'cliente1', env).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'the build refuses the brand').toBeInstanceOf(Error);
  return (error as Error).message;
}

describe('a backend URL with a user name or password', () => {
  it.each([
    [`https://${USER}:${SECRET}@api.example.com`, 'api.example.com', 'https://api.example.com'],
    [`https://${USER}@api.example.com/v1/`, 'api.example.com', 'https://api.example.com/v1'],
    [`http://:${SECRET}@api.example.com:8443/x`, 'api.example.com:8443', 'http://api.example.com:8443/x'],
    // The parser takes the last "@" before the path as the end of the credentials.
    [`https://${USER}:${SECRET}@evil@api.example.com`, 'api.example.com', 'https://api.example.com'],
  ])('in brand.json (%s): refused, naming the field and the host', async (apiUrl, host, suggested) => {
    const message = await errorOf(apiUrl);
    expect(message).toContain('brand.json, field "apiUrl"');
    expect(message).toContain(`the URL of ${host} carries a user name or password`);
    expect(message).toContain('every browser');
    expect(message).toContain(`expected it without them, ${suggested}`);
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain(USER);
    expect(message).toContain('***@');
  });

  it.each(['REACT_APP_BACKEND_URL', 'VITE_BACKEND_URL'])(
    'in %s: refused, naming the variable and the host',
    async (variable) => {
      const message = await errorOf(undefined, { [variable]: `https://${USER}:${SECRET}@api-cliente1.example.com` });
      expect(message).toContain(`${variable}, field "apiUrl": the URL of api-cliente1.example.com carries`);
      expect(message).not.toContain(SECRET);
      expect(message).not.toContain(USER);
    },
  );

  it('is one of the problems brand:check lists, with the secret left out of the value it shows', async () => {
    writeBrandJson(brandsDir, 'cliente1', { ...VALID_BRAND, apiUrl: `https://${USER}:${SECRET}@api.example.com` });
    const { brand, problems } = await inspectBrand(brandsDir, 'cliente1');
    expect(brand).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', field: 'apiUrl', value: 'https://***@api.example.com' });
    expect(formatProblem(problems[0]!)).not.toContain(SECRET);
  });

  it('an "@" after the host (in the path or query) is no credential: accepted, and shown as it is', async () => {
    for (const apiUrl of [
      'https://api.example.com/a@b',
      'https://api.example.com/?to=x@y',
      'https://api.example.com#u@h',
    ]) {
      expect(httpUrlSchema.safeParse(apiUrl).success, apiUrl).toBe(true);
      expect(withoutCredentials(apiUrl)).toBe(apiUrl);
    }
    writeBrandJson(brandsDir, 'cliente1', { ...VALID_BRAND, apiUrl: 'https://api.example.com/a@b' });
    expect((await loadBrand(brandsDir, 'cliente1')).settings.apiUrl).toBe('https://api.example.com/a@b');
  });

  it('a URL that is not http(s) keeps its own error, still without the secret', async () => {
    const message = await errorOf(`ftp://${USER}:${SECRET}@files.example.com`);
    expect(message).toContain('expected an http:// or https:// URL');
    expect(message).not.toContain(SECRET);
  });
});
