import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/paths.ts';
import { ENV_OVERRIDES } from '../../../scripts/brand/env-overrides.ts';
import { brandCsp } from '../../../scripts/deploy/csp.ts';
import { ancestry, bindMounts, copyParts, parseDockerfile, type Stage } from '../../deploy/dockerfile.ts';
import { makeReadable, startNginx } from '../../deploy/nginx.ts';
import { get } from '../../deploy/fixtures.ts';

/**
 * deploy/Dockerfile, checked without Docker: its stages, args and paths statically, then its Node stages
 * run for real, as Docker would run them: each in a fresh folder standing for /vitrine, holding only what
 * the stage's COPY lines copy (so a file the build needs but the Dockerfile forgets fails here), with the
 * stage's ARGs as environment (declared but not given: empty, as docker build passes them), running the
 * RUN lines verbatim. `npm ci` alone is replaced by a link to this checkout's node_modules.
 */
const dockerfileText = readFileSync(join(ROOT, 'deploy', 'Dockerfile'), 'utf8');
const dockerfile = parseDockerfile(dockerfileText);
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;
const ignored = readFileSync(join(ROOT, 'deploy', 'Dockerfile.dockerignore'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));
const stage = (name: string): Stage => {
  const found = dockerfile.stages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no stage ${name}`);
  return found;
};
const runs = (s: Stage) => s.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
const copies = (s: Stage) => s.instructions.filter((i) => i.keyword === 'COPY');
const WORKDIR = '/vitrine';
const ARGS = {
  STACK_NAME: 'cliente1',
  REACT_APP_BACKEND_URL: 'https://api.cliente1.example.net',
  GIT_COMMIT: 'abc123def456',
};

describe('deploy/Dockerfile, read', () => {
  it('has the stages: shared app, stamp (one brand, or all), nginx; the per-client image is the default target', () => {
    expect(dockerfile.stages.map((s) => s.name)).toEqual(['app', 'stamp', 'stamp-all', 'nginx', 'clients', 'client']);
    expect(dockerfile.stages.at(-1)?.name).toBe('client');
    expect(ancestry(dockerfile, 'stamp').map((s) => s.name)).toEqual(['stamp', 'app']);
    expect(ancestry(dockerfile, 'stamp-all').map((s) => s.name)).toEqual(['stamp-all', 'app']);
    expect(ancestry(dockerfile, 'client').map((s) => s.name)).toEqual(['client', 'nginx']);
    expect(ancestry(dockerfile, 'clients').map((s) => s.name)).toEqual(['clients', 'nginx']);
    for (const s of dockerfile.stages) {
      const base = /^\$\{(\w+)\}$/.exec(s.from)?.[1];
      if (base) expect(dockerfile.globalArgs[base], s.name).toBeTruthy();
      else
        expect(
          dockerfile.stages.map((other) => other.name),
          s.name,
        ).toContain(s.from);
    }
    expect(dockerfile.globalArgs.NGINX_IMAGE).toBe('debian:bookworm-slim');
    // A `# syntax=` line makes BuildKit fetch its frontend from a registry: the built-in one is used.
    expect(dockerfileText).not.toMatch(/^# *syntax=/m);
    expect(dockerfile.globalArgs.NODE_IMAGE).toMatch(/^node:20/);
  });

  it('builds the shared app from nothing brand-specific: no brands/, no build arg, so one cached layer serves every client', () => {
    const app = stage('app');
    expect(app.args).toEqual([]);
    for (const copy of copies(app))
      for (const source of copyParts(copy).sources) expect(source).not.toMatch(/^(brands|deploy)\b/);
    expect(runs(app).at(-1)).toBe('npm run build:app');
    expect(scripts['build:app']).toBe('tsx scripts/build.ts --app-only');
  });

  it('stamps with STACK_NAME, every REACT_APP_* (and alias) the build reads, and GIT_COMMIT', () => {
    const expected = ['STACK_NAME', 'GIT_COMMIT', ...Object.values(ENV_OVERRIDES).flat()];
    expect([...stage('stamp').args].sort()).toEqual([...expected].sort());
    expect(runs(stage('stamp')).at(-1)).toMatch(/;\s+npm run build:stamp$/);
    expect(scripts['build:stamp']).toBe('tsx scripts/build.ts --stamp-only');
    expect(stage('stamp-all').args).toEqual(['GIT_COMMIT']);
  });

  it('calls only npm scripts that exist', () => {
    const called = dockerfile.stages
      .flatMap(runs)
      .flatMap((run) => [...run.matchAll(/npm run (\S+)/g)].map((m) => m[1]!));
    expect(called.length).toBeGreaterThanOrEqual(3);
    for (const name of called) expect(scripts, name).toHaveProperty([name]);
  });

  it('copies and mounts only files that exist and that the .dockerignore lets into the context', () => {
    for (const s of dockerfile.stages) {
      for (const mount of s.instructions.flatMap(bindMounts)) {
        expect(existsSync(join(ROOT, mount.source)), mount.source).toBe(true);
        expect(mount.target.startsWith(`${WORKDIR}/`), mount.target).toBe(true);
        for (const pattern of ignored) expect(mount.source.startsWith(pattern.replace(/^\*\*\//, ''))).toBe(false);
      }
      for (const copy of copies(s)) {
        if (copy.flags.from) {
          expect(
            dockerfile.stages.slice(0, dockerfile.stages.indexOf(s)).map((other) => other.name),
            `line ${copy.line}`,
          ).toContain(copy.flags.from);
          continue;
        }
        for (const source of copyParts(copy).sources) {
          expect(existsSync(join(ROOT, source)), source).toBe(true);
          for (const pattern of ignored)
            expect(source.startsWith(pattern.replace(/^\*\*\//, '')), `${source} vs ${pattern}`).toBe(false);
        }
      }
    }
  });

  it("runs Debian's nginx unprivileged on 8080 (or $PORT), the port deploy/nginx.conf listens on, with a HEALTHCHECK on /healthz", () => {
    const nginx = stage('nginx');
    const at = (keyword: string) => nginx.instructions.find((i) => i.keyword === keyword)?.args ?? '';
    expect(at('RUN')).toMatch(/apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static wget/);
    expect(at('RUN')).toMatch(/rm -rf \/var\/lib\/apt\/lists\/\*/);
    expect(at('EXPOSE')).toBe('8080');
    expect(at('HEALTHCHECK')).toMatch(/CMD wget -q -O \/dev\/null "http:\/\/127\.0\.0\.1:\$\{PORT:-8080\}\/healthz"/);
    expect(JSON.parse(at('CMD'))).toEqual(['vitrine-nginx']);
    expect(copies(nginx).map((c) => c.args)).toContain('deploy/nginx-start.sh /usr/local/bin/vitrine-nginx');
    expect(readFileSync(join(ROOT, 'deploy', 'nginx.conf'), 'utf8')).toMatch(/listen 8080 default_server;/);
    for (const config of ['nginx.conf', 'nginx-clients.conf'])
      expect(readFileSync(join(ROOT, 'deploy', config), 'utf8'), config).toContain(
        'include /etc/nginx/modules-enabled/*.conf;',
      );
    for (const name of ['client', 'clients']) {
      const s = stage(name);
      const user = s.instructions.findIndex((i) => i.keyword === 'USER');
      expect(s.instructions[user]?.args, name).toBe('www-data');
      // USER comes after every COPY: the files stay root's, read-only for nginx.
      expect(
        s.instructions.slice(user).some((i) => i.keyword === 'COPY'),
        name,
      ).toBe(false);
      expect(runs(s), name).toContain('nginx -t -e stderr');
    }
  });

  it('gives nginx every file its configs include, in both images', () => {
    for (const [image, mainConfig] of [
      ['client', 'nginx.conf'],
      ['clients', 'nginx-clients.conf'],
    ] as const) {
      const destinations = new Map<string, string>();
      for (const s of ancestry(dockerfile, image).reverse()) {
        for (const copy of copies(s).filter((c) => !c.flags.from)) {
          const { sources, destination } = copyParts(copy);
          for (const source of sources)
            destinations.set(destination.endsWith('/') ? `${destination}${basename(source)}` : destination, source);
        }
      }
      expect(destinations.get('/etc/nginx/nginx.conf'), image).toBe(`deploy/${mainConfig}`);
      expect(destinations.get('/etc/nginx/vitrine/brotli.d/brotli.conf'), image).toBe('deploy/nginx/brotli.conf');
      const includes = [mainConfig, 'nginx/http.conf'].flatMap((file) =>
        [...readFileSync(join(ROOT, 'deploy', file), 'utf8').matchAll(/^\s*include (\S+);/gm)].map((m) => m[1]!),
      );
      // Written by the build into what the image copies from the stamp stages: checked below.
      const fromBuild = ['/usr/share/nginx/html/nginx-headers.conf', '/usr/share/nginx/clients/nginx.conf'];
      const fromPackage = ['/etc/nginx/mime.types'];
      for (const include of includes) {
        if (include.includes('*') || fromBuild.includes(include) || fromPackage.includes(include)) continue;
        expect(destinations.has(include), `${image}: ${include}`).toBe(true);
      }
    }
  });
});

describe('deploy/Dockerfile, its Node stages run without Docker', () => {
  const work = mkdtempSync(join(tmpdir(), 'vitrine-docker-'));
  const stageDirs = new Map<string, string>();
  const results = new Map<string, { ok: boolean; failedRun?: string; output: string }>();

  /** Runs one stage's COPY and RUN lines in its own folder, on a copy of its parent stage's folder. */
  function runStage(name: string, args: Record<string, string>, label = name) {
    const s = stage(name);
    const dir = join(work, label);
    const parent = stageDirs.get(s.from);
    if (parent) cpSync(parent, dir, { recursive: true, verbatimSymlinks: true });
    else mkdirSync(dir, { recursive: true });
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
    for (const arg of ancestry(dockerfile, name).flatMap((a) => a.args)) env[arg] = args[arg] ?? '';
    let output = '';
    for (const instruction of s.instructions) {
      if (instruction.keyword === 'WORKDIR') expect(instruction.args).toBe(WORKDIR);
      if (instruction.keyword === 'COPY') {
        const { sources, destination } = copyParts(instruction);
        for (const source of sources) {
          const target = join(dir, destination);
          const from = join(ROOT, source);
          if (statSync(from).isDirectory())
            cpSync(from, target, { recursive: true, filter: (path) => !path.includes('/node_modules') });
          else cpSync(from, destination.endsWith('/') ? join(target, basename(source)) : target);
        }
      }
      if (instruction.keyword === 'RUN') {
        if (/\bnpm ci\b/.test(instruction.args)) {
          symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
          continue;
        }
        // A bind mount is there for this step only: copied in before, removed after.
        const mounted = bindMounts(instruction).map((mount) => join(dir, mount.target.slice(WORKDIR.length)));
        bindMounts(instruction).forEach((mount, index) =>
          cpSync(join(ROOT, mount.source), mounted[index]!, { recursive: true }),
        );
        const run = spawnSync('sh', ['-c', instruction.args], { cwd: dir, env, encoding: 'utf8' });
        for (const path of mounted) rmSync(path, { recursive: true, force: true });
        output += `${run.stdout}${run.stderr}`;
        if (run.status !== 0) {
          results.set(label, { ok: false, failedRun: instruction.args, output });
          return;
        }
      }
    }
    stageDirs.set(label, dir);
    results.set(label, { ok: true, output });
  }

  beforeAll(() => {
    makeReadable(work);
    runStage('app', {});
    if (!results.get('app')?.ok) return;
    runStage('stamp', ARGS);
    runStage('stamp-all', { GIT_COMMIT: ARGS.GIT_COMMIT });
    runStage('stamp', { GIT_COMMIT: ARGS.GIT_COMMIT }, 'stamp-without-stack-name');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('stage "app" builds the shared app from the files it copies', () => {
    expect(results.get('app'), results.get('app')?.output).toMatchObject({ ok: true });
    expect(existsSync(join(stageDirs.get('app')!, '.cache', 'app', 'index.html'))).toBe(true);
    expect(existsSync(join(stageDirs.get('app')!, 'dist'))).toBe(false);
  });

  it('stage "stamp" writes the bundle the "client" stage copies, with the build args applied', () => {
    expect(results.get('stamp'), results.get('stamp')?.output).toMatchObject({ ok: true });
    const copy = copies(stage('client')).find((c) => c.flags.from === 'stamp')!;
    const source = copyParts(copy).sources[0]!.replace('${STACK_NAME}', ARGS.STACK_NAME);
    expect(source.startsWith(`${WORKDIR}/`)).toBe(true);
    const bundle = join(stageDirs.get('stamp')!, source.slice(WORKDIR.length));
    for (const file of ['index.html', 'nginx-headers.conf', 'version.json', 'manifest.webmanifest', 'favicon.ico'])
      expect(existsSync(join(bundle, file)), file).toBe(true);
    const version = JSON.parse(readFileSync(join(bundle, 'version.json'), 'utf8')) as Record<string, string>;
    expect(version).toMatchObject({ brand: 'cliente1', commit: ARGS.GIT_COMMIT });
    expect(readFileSync(join(bundle, 'index.html'), 'utf8')).toContain(`"apiUrl":"${ARGS.REACT_APP_BACKEND_URL}"`);
    expect(readFileSync(join(bundle, 'nginx-headers.conf'), 'utf8')).toContain(
      brandCsp(ARGS.REACT_APP_BACKEND_URL).header,
    );
  });

  it('the "client" image\'s nginx config serves that bundle', async () => {
    const bundle = join(stageDirs.get('stamp')!, 'dist', ARGS.STACK_NAME);
    makeReadable(stageDirs.get('stamp')!, join(stageDirs.get('stamp')!, 'dist'));
    const nginx = await startNginx({ mainConfig: 'nginx.conf', bundleDir: bundle });
    try {
      expect((await get(nginx.port, '/healthz')).status).toBe(200);
      const page = await get(nginx.port, '/tickets');
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toBe(brandCsp(ARGS.REACT_APP_BACKEND_URL).header);
      const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(page.body.toString())?.[1];
      const asset = await get(nginx.port, script!, { 'accept-encoding': 'gzip' });
      expect(asset.headers['content-encoding']).toBe('gzip');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    } finally {
      await nginx.stop();
    }
  });

  it('stage "stamp" stops with a clear message when STACK_NAME is not given', () => {
    const result = results.get('stamp-without-stack-name');
    expect(result?.ok).toBe(false);
    expect(result?.failedRun).toMatch(/^test -n "\$STACK_NAME"/);
    expect(result?.output).toMatch(/set --build-arg STACK_NAME=<brand>/);
  });

  it('stage "stamp-all" writes every bundle and the nginx.conf the "clients" image serves', () => {
    expect(results.get('stamp-all'), results.get('stamp-all')?.output).toMatchObject({ ok: true });
    const dist = join(stageDirs.get('stamp-all')!, 'dist');
    const copy = copies(stage('clients')).find((c) => c.flags.from === 'stamp-all')!;
    expect(copyParts(copy)).toEqual({ sources: [`${WORKDIR}/dist/`], destination: '/usr/share/nginx/clients/' });
    for (const brand of ['cliente1', 'cliente2', 'default'])
      expect(existsSync(join(dist, brand, 'index.html')), brand).toBe(true);
    const conf = readFileSync(join(dist, 'nginx.conf'), 'utf8');
    expect(conf).toContain('root /usr/share/nginx/clients/cliente1;');
    expect(conf).toContain('include /usr/share/nginx/clients/cliente2/nginx-headers.conf;');
    expect(conf).toContain('include /usr/share/nginx/clients/nginx-bundle.conf;');
    expect(existsSync(join(dist, 'nginx-bundle.conf'))).toBe(true);
    expect(readFileSync(join(ROOT, 'deploy', 'nginx-clients.conf'), 'utf8')).toContain(
      'include /usr/share/nginx/clients/nginx.conf;',
    );
  });
});
