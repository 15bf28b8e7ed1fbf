import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectBrand } from '../../scripts/brand/load-brand.ts';
import { ROOT } from '../../scripts/paths.ts';
import { renderChecklist } from '../../scripts/tools/new-brand/checklist.ts';
import { quoteEnvValue } from '../../scripts/tools/new-brand/client-env.ts';
import { newBrand, type NewBrandContext } from '../../scripts/tools/new-brand/new-brand.ts';
import { initialsOf, isPlaceholderLogo } from '../../scripts/tools/new-brand/placeholder-logo.ts';
import { shouldPrompt } from '../../scripts/tools/new-brand/prompts.ts';
import { captureOutput, listTree, tempDir } from './helpers.ts';

let work: ReturnType<typeof tempDir>;
let brandsDir: string;
let clientsDir: string;

beforeEach(() => {
  work = tempDir('new-brand');
  brandsDir = join(work.dir, 'brands');
  clientsDir = join(work.dir, 'clients');
});
afterEach(() => work.cleanup());

/** Runs brand:new in-process as CI would (no terminal), against the temp folders. */
async function run(args: string[], context: NewBrandContext = {}) {
  const output = captureOutput();
  const code = await newBrand([...args, '--brands-dir', brandsDir, '--clients-dir', clientsDir], {
    output,
    env: { CI: '1' },
    stdinIsTty: false,
    ...context,
  });
  return { code, stdout: output.stdout(), stderr: output.stderr() };
}

/** Parses the env file as a shell does (`set -a; . file`), so quoting is checked for real. */
function sourceEnvFile(file: string, names: string[]): Record<string, string> {
  const script = `set -a; . "$1"; ${names.map((name) => `printf '%s\\0' "$${name}"`).join('; ')}`;
  const run = spawnSync('bash', ['-c', script, 'bash', file], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  expect(run.status, run.stderr).toBe(0);
  const values = run.stdout.split('\0');
  return Object.fromEntries(names.map((name, i) => [name, values[i] ?? '']));
}

const ENV_NAMES = [
  'BACKEND_URL',
  'FRONTEND_URL',
  'USER_LIMIT',
  'CONNECTIONS_LIMIT',
  'STACK_NAME',
  'REACT_APP_COLOR',
  'REACT_APP_TAB_NAME',
  'JWT_SECRET',
  'JWT_REFRESH_SECRET',
];

describe('npm run brand:new: creating a client', () => {
  it('creates brands/<name>/ that the build accepts, with a marked 512 px placeholder logo', async () => {
    const result = await run([
      'cliente3',
      '--color',
      '#682ee3',
      '--tab-name',
      'Cliente Três | Atendimento',
      '--domain',
      'Example.com',
      '--user-limit',
      '25',
      '--connections-limit',
      '3',
    ]);
    expect(result.code, result.stderr).toBe(0);

    const brandJson = JSON.parse(readFileSync(join(brandsDir, 'cliente3', 'brand.json'), 'utf8'));
    expect(brandJson).toEqual({
      name: 'Cliente Três | Atendimento',
      tabName: 'Cliente Três | Atendimento',
      color: '#682EE3',
      apiUrl: 'https://api-cliente3.example.com',
      domain: 'app-cliente3.example.com',
    });
    const inspection = await inspectBrand(brandsDir, 'cliente3');
    expect(inspection.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(inspection.brand?.logo.format).toBe('png');

    const logo = readFileSync(join(brandsDir, 'cliente3', 'logo.png'));
    const meta = await sharp(logo).metadata();
    expect([meta.width, meta.height]).toEqual([512, 512]);
    expect(isPlaceholderLogo(logo)).toBe(true);
    // Nothing but the brand itself: no staging folder left behind.
    expect(listTree(brandsDir)).toEqual(['cliente3', join('cliente3', 'brand.json'), join('cliente3', 'logo.png')]);
    expect(statSync(join(brandsDir, 'cliente3')).mode & 0o777).toBe(0o755);
  });

  it('writes clients/<name>.env with mode 0600 and what the backend and frontend need', async () => {
    const result = await run([
      'cliente3',
      '--color',
      '#682EE3',
      '--tab-name',
      `D'Ávila "Top" $HOME #1`,
      '--domain',
      'example.com',
      '--user-limit',
      '25',
      '--connections-limit',
      '3',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const envFile = join(clientsDir, 'cliente3.env');
    expect(statSync(envFile).mode & 0o777).toBe(0o600);

    const values = sourceEnvFile(envFile, ENV_NAMES);
    expect(values).toMatchObject({
      BACKEND_URL: 'https://api-cliente3.example.com',
      FRONTEND_URL: 'https://app-cliente3.example.com',
      USER_LIMIT: '25',
      CONNECTIONS_LIMIT: '3',
      STACK_NAME: 'cliente3',
      REACT_APP_COLOR: '#682EE3',
      REACT_APP_TAB_NAME: `D'Ávila "Top" $HOME #1`,
    });
    for (const name of ['JWT_SECRET', 'JWT_REFRESH_SECRET']) {
      const secret = values[name] ?? '';
      expect(secret).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
      expect(Buffer.from(secret, 'base64')).toHaveLength(64);
      expect(Buffer.from(secret, 'base64').toString('base64')).toBe(secret);
    }
    expect(values.JWT_SECRET).not.toBe(values.JWT_REFRESH_SECRET);
  });

  it('makes fresh secrets for every client', async () => {
    expect((await run(['cliente3', '--domain', 'example.com'])).code).toBe(0);
    expect((await run(['cliente4', '--domain', 'example.com'])).code).toBe(0);
    const a = sourceEnvFile(join(clientsDir, 'cliente3.env'), ['JWT_SECRET', 'JWT_REFRESH_SECRET']);
    const b = sourceEnvFile(join(clientsDir, 'cliente4.env'), ['JWT_SECRET', 'JWT_REFRESH_SECRET']);
    expect(new Set([a.JWT_SECRET, a.JWT_REFRESH_SECRET, b.JWT_SECRET, b.JWT_REFRESH_SECRET]).size).toBe(4);
  });

  it('fills the defaults: tab name from the name, default colour and limits', async () => {
    expect((await run(['cliente-tres', '--domain', 'example.com'])).code).toBe(0);
    const values = sourceEnvFile(join(clientsDir, 'cliente-tres.env'), ENV_NAMES);
    expect(values).toMatchObject({
      REACT_APP_TAB_NAME: 'Cliente Tres',
      REACT_APP_COLOR: '#1565C0',
      USER_LIMIT: '10',
      CONNECTIONS_LIMIT: '10',
    });
  });

  it('ends with the onboarding checklist, the steps it did ticked', async () => {
    const { stdout } = await run(['cliente3', '--domain', 'example.com']);
    expect(stdout).toContain('Onboarding checklist for cliente3:');
    expect(stdout).toMatch(/\[x\] Brand folder .*cliente3/);
    expect(stdout).toMatch(/\[x\] Client settings and fresh JWT secrets in .*cliente3\.env/);
    for (const step of ['Logo', 'DNS', 'Deploy', 'First admin user', 'Backups', 'Alerts'])
      expect(stdout).toMatch(new RegExp(`\\[ \\] ${step}:`));
    expect(stdout).toContain('app-cliente3.example.com and api-cliente3.example.com');
  });

  it('renders any set of ticked steps', () => {
    const text = renderChecklist(
      { name: 'c', domain: 'd.com', brandDir: 'brands/c/', envFile: 'clients/c.env' },
      new Set(['dns']),
    );
    expect(text.match(/\[x\]/g)).toHaveLength(1);
    expect(text).toMatch(/\[x\] DNS/);
  });
});

describe('npm run brand:new: refusals write nothing', () => {
  it('refuses an existing brand folder and leaves it, and writes no env file', async () => {
    mkdirSync(join(brandsDir, 'cliente3'), { recursive: true });
    writeFileSync(join(brandsDir, 'cliente3', 'brand.json'), 'mine');
    const result = await run(['cliente3', '--domain', 'example.com']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/nothing created/);
    expect(result.stderr).toMatch(/brands\/cliente3 already exists/);
    expect(listTree(brandsDir)).toEqual(['cliente3', join('cliente3', 'brand.json')]);
    expect(readFileSync(join(brandsDir, 'cliente3', 'brand.json'), 'utf8')).toBe('mine');
    expect(listTree(clientsDir)).toEqual([]);
  });

  it("never overwrites a client's env file, and then creates no brand folder either", async () => {
    mkdirSync(clientsDir, { recursive: true });
    writeFileSync(join(clientsDir, 'cliente3.env'), 'JWT_SECRET=old\n', { mode: 0o600 });
    const result = await run(['cliente3', '--domain', 'example.com']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/clients\/cliente3\.env already exists: a client's secrets are never overwritten/);
    expect(readFileSync(join(clientsDir, 'cliente3.env'), 'utf8')).toBe('JWT_SECRET=old\n');
    expect(listTree(brandsDir)).toEqual([]);
    expect(listTree(clientsDir)).toEqual(['cliente3.env']);
  });

  it('names both conflicts at once', async () => {
    mkdirSync(join(brandsDir, 'cliente3'), { recursive: true });
    mkdirSync(clientsDir, { recursive: true });
    writeFileSync(join(clientsDir, 'cliente3.env'), 'x');
    const result = await run(['cliente3', '--domain', 'example.com']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/brands\/cliente3 already exists/);
    expect(result.stderr).toMatch(/cliente3\.env already exists/);
  });

  it.each([
    [
      'an invalid name',
      ['Cliente!', '--domain', 'example.com'],
      /<name>: expected lower-case letters.*\(got "Cliente!"\)/,
    ],
    ['a name starting with "-"', ['-x', '--domain', 'example.com'], /./],
    [
      'the reserved name "preview"',
      ['preview', '--domain', 'example.com'],
      /<name>: this name is reserved \(dist\/preview\/ holds the brand:preview gallery\)/,
    ],
    ['a missing name', ['--domain', 'example.com'], /<name>: missing/],
    [
      'a short colour',
      ['cliente3', '--domain', 'example.com', '--color', '#12345'],
      /--color: expected a colour as #RRGGBB.*\(got "#12345"\)/,
    ],
    ['a named colour', ['cliente3', '--domain', 'example.com', '--color', 'red'], /--color: .*\(got "red"\)/],
    [
      'a URL as domain',
      ['cliente3', '--domain', 'https://example.com'],
      /--domain: expected a bare domain such as example.com, without https:\/\//,
    ],
    [
      'a domain without a dot',
      ['cliente3', '--domain', 'localhost'],
      /--domain: expected a domain such as example.com/,
    ],
    ['a missing domain', ['cliente3'], /--domain: missing/],
    [
      'a zero user limit',
      ['cliente3', '--domain', 'example.com', '--user-limit', '0'],
      /--user-limit: expected a positive whole number.*\(got "0"\)/,
    ],
    [
      'a negative user limit',
      ['cliente3', '--domain', 'example.com', '--user-limit=-5'],
      /--user-limit: expected a positive whole number.*\(got "-5"\)/,
    ],
    [
      'a fractional connections limit',
      ['cliente3', '--domain', 'example.com', '--connections-limit', '1.5'],
      /--connections-limit: expected a positive whole number.*\(got "1.5"\)/,
    ],
    [
      'a text connections limit',
      ['cliente3', '--domain', 'example.com', '--connections-limit', 'ten'],
      /--connections-limit: .*\(got "ten"\)/,
    ],
    [
      'an empty tab name',
      ['cliente3', '--domain', 'example.com', '--tab-name', ''],
      /--tab-name: expected a non-empty text/,
    ],
    [
      'a tab name over two lines',
      ['cliente3', '--domain', 'example.com', '--tab-name', 'a\nb'],
      /--tab-name: expected a single line/,
    ],
  ])('refuses %s', async (_label, args, message) => {
    const result = await run(args);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(listTree(brandsDir)).toEqual([]);
    expect(listTree(clientsDir)).toEqual([]);
  });

  it('reports every invalid option at once', async () => {
    const result = await run([
      'Bad_Name',
      '--color',
      'blue',
      '--domain',
      'nodot',
      '--user-limit',
      '0',
      '--connections-limit',
      'x',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/5 options are invalid/);
    for (const option of ['<name>', '--color', '--domain', '--user-limit', '--connections-limit'])
      expect(result.stderr).toContain(`  ${option}: `);
  });

  it('refuses unknown options and extra names with usage (exit code 2)', async () => {
    expect((await run(['cliente3', '--domain', 'example.com', '--colour', '#000000'])).code).toBe(2);
    expect((await run(['a', 'b', '--domain', 'example.com'])).code).toBe(2);
    expect(listTree(brandsDir)).toEqual([]);
  });
});

describe('npm run brand:new: interactive mode', () => {
  it('asks only at a terminal, outside CI, when no options are given', () => {
    expect(shouldPrompt(0, {}, true)).toBe(true);
    expect(shouldPrompt(0, { CI: 'true' }, true)).toBe(false);
    expect(shouldPrompt(0, {}, false)).toBe(false);
    expect(shouldPrompt(1, {}, true)).toBe(false);
  });

  it('uses the answers, validated like the options', async () => {
    const asked: Array<string | undefined> = [];
    const result = await run(['cliente5'], {
      env: {},
      stdinIsTty: true,
      prompt: async (name) => {
        asked.push(name);
        return {
          name: 'cliente5',
          tabName: 'Cinco',
          color: '#00796B',
          domain: 'example.org',
          userLimit: '7',
          connectionsLimit: '2',
        };
      },
    });
    expect(result.code, result.stderr).toBe(0);
    expect(asked).toEqual(['cliente5']);
    expect(sourceEnvFile(join(clientsDir, 'cliente5.env'), ['BACKEND_URL', 'USER_LIMIT'])).toEqual({
      BACKEND_URL: 'https://api-cliente5.example.org',
      USER_LIMIT: '7',
    });
  });

  it('creates nothing when the operator declines', async () => {
    const result = await run([], { env: {}, stdinIsTty: true, prompt: async () => undefined });
    expect(result.code).toBe(1);
    expect(listTree(brandsDir)).toEqual([]);
    expect(listTree(clientsDir)).toEqual([]);
  });
});

describe('brand:new helpers', () => {
  it('takes initials from the first two words, or the first two characters', () => {
    expect(initialsOf('Cliente Um | Atendimento')).toBe('CU');
    expect(initialsOf('cliente3')).toBe('CL');
    expect(initialsOf('éxito total')).toBe('ÉT');
    expect(initialsOf('| — |')).toBe('?');
  });

  it('quotes env values only when needed, so a shell and docker compose read them back', () => {
    expect(quoteEnvValue('https://api-x.example.com')).toBe('https://api-x.example.com');
    expect(quoteEnvValue('abc+/==')).toBe('abc+/==');
    expect(quoteEnvValue('#682EE3')).toBe("'#682EE3'");
    expect(quoteEnvValue('Cliente Um | Atendimento')).toBe("'Cliente Um | Atendimento'");
    expect(quoteEnvValue(`D'Ávila $x`)).toBe(`"D'Ávila \\$x"`);
  });
});

describe('npm run brand:new as a command', () => {
  it('runs from package.json, creates the client and refuses a second run (exit 1)', () => {
    const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts['brand:new'] as string;
    expect(script).toBe('tsx scripts/tools/new-brand/main.ts');
    const args = [
      '--import',
      'tsx',
      join(ROOT, 'scripts/tools/new-brand/main.ts'),
      'cliente6',
      '--domain',
      'example.com',
      '--brands-dir',
      brandsDir,
      '--clients-dir',
      clientsDir,
    ];
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    const first = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Onboarding checklist for cliente6');
    expect(statSync(join(clientsDir, 'cliente6.env')).mode & 0o777).toBe(0o600);
    const before = readFileSync(join(clientsDir, 'cliente6.env'));
    const second = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
    expect(second.status).toBe(1);
    expect(readFileSync(join(clientsDir, 'cliente6.env')).equals(before)).toBe(true);
  });
});
