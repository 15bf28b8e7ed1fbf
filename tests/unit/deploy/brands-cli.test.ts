import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BRANDS_DIR, ROOT } from '../../../scripts/paths.ts';
import { listBrandNames } from '../../../scripts/brand/load-brand.ts';
import { copyBrands } from '../../deploy/fixtures.ts';

function brands(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'brands', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run brands -- list', () => {
  const work = mkdtempSync(join(tmpdir(), 'vitrine-brands-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('prints the brands as a JSON array for a CI matrix, and nothing else', async () => {
    const run = brands('list', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(await listBrandNames(BRANDS_DIR));
    expect(JSON.parse(run.stdout)).toEqual(expect.arrayContaining(['cliente1', 'cliente2', 'default']));
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('lists a broken brand too, so its CI job fails visibly, and shows domains for people', () => {
    const dir = copyBrands(join(work, 'brands'), ['cliente1']);
    mkdirSync(join(dir, 'quebrado'));
    writeFileSync(join(dir, 'quebrado', 'brand.json'), '{');
    mkdirSync(join(dir, 'Not_A_Brand'));
    expect(JSON.parse(brands('list', '--json', '--brands-dir', dir).stdout)).toEqual(['cliente1', 'quebrado']);
    const table = brands('list', '--brands-dir', dir).stdout;
    expect(table).toMatch(/^cliente1\s+app-cliente1\.example\.com\s+https:\/\/api-cliente1\.example\.com$/m);
    expect(table).toMatch(/^quebrado\s+\(brand\.json is not JSON\)$/m);
  });

  it('refuses an unknown command with the usage', () => {
    const run = brands('lsit');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command "lsit"\nusage: npm run brands -- list/);
  });
});
