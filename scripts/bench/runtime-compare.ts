/**
 * `npm run bench:runtime:compare`: two or more app builds measured by bench:runtime in turns, in one run.
 *
 * Runs of one build vary by about a fifth on the development machines (scripts/bench/README-runtime.md), so a
 * change is judged from runs interleaved with the build without it: round after round, each build once, the
 * figures printed side by side with each build's median.
 *
 *   npm run build:app -- --app-dir .cache/app-before        (on the commit before the change)
 *   npm run build:app -- --app-dir .cache/app-after
 *   npm run bench:runtime:compare -- --app-dir .cache/app-before --app-dir .cache/app-after
 *   … -- --rounds 3 --scroll-messages 1500 --socket-messages 100     (the defaults)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { RuntimeFigures } from './runtime-figures.ts';
import { percentile } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    'app-dir': { type: 'string', multiple: true, default: [] },
    rounds: { type: 'string', default: '3' },
    'scroll-messages': { type: 'string', default: '1500' },
    'socket-messages': { type: 'string', default: '100' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const appDirs = args['app-dir'].map((dir) => resolve(dir));
if (appDirs.length < 2) fail(`--app-dir: expected two builds or more to compare, got ${appDirs.length}`);
for (const dir of appDirs) {
  if (!existsSync(join(dir, 'index.html')))
    fail(`--app-dir ${dir}: no app build there (npm run build:app -- --app-dir ${dir})`);
}
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) fail(`--rounds: expected a whole number above 0, got "${args.rounds}"`);

const scratch = mkdtempSync(join(tmpdir(), 'vitrine-bench-compare-'));
// One entry per --app-dir given, in order: a build may be given twice (measured against itself, it shows the noise).
const runs: RuntimeFigures[][] = appDirs.map(() => []);
const label = (index: number) => {
  const name = basename(appDirs[index] ?? '');
  return appDirs.filter((dir) => basename(dir) === name).length > 1 ? `${name} (${index + 1})` : name;
};
try {
  for (let round = 1; round <= rounds; round++) {
    for (const [index, dir] of appDirs.entries()) {
      console.log(`round ${round} of ${rounds}: ${label(index)}…`);
      const json = join(scratch, 'figures.json');
      rmSync(json, { force: true });
      const run = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(import.meta.dirname, 'runtime.ts'),
          '--no-build',
          '--app-dir',
          dir,
          '--scroll-messages',
          args['scroll-messages'],
          '--socket-messages',
          args['socket-messages'],
          '--json',
          json,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
      );
      // bench:runtime exits 1 when a target is missed; its figures are still what is compared.
      if (!existsSync(json)) fail(`${label(index)}, round ${round}: bench:runtime gave no figures\n${run.stdout}`);
      runs[index]?.push(JSON.parse(readFileSync(json, 'utf8')) as RuntimeFigures);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const columns: Array<[string, (figures: RuntimeFigures) => number, (value: number) => string]> = [
  ['scroll s', (f) => f.scroll.ms / 1000, (v) => v.toFixed(1)],
  ['p95 ms', (f) => f.scroll.p95, (v) => v.toFixed(1)],
  ['median ms', (f) => f.scroll.median, (v) => v.toFixed(1)],
  ['long %', (f) => (100 * f.scroll.long) / Math.max(1, f.scroll.frames), (v) => v.toFixed(1)],
  ['busy s', (f) => f.busyMs.task / 1000, (v) => v.toFixed(1)],
  ['script s', (f) => f.busyMs.script / 1000, (v) => v.toFixed(1)],
  ['shown ms', (f) => f.openMs, (v) => v.toFixed(0)],
];
console.log(
  `\n${rounds} round(s), each build once a round, scrolling until ${args['scroll-messages']} messages are loaded; each cell: the runs in order, then their median (nearest rank: of two, the lower)\n`,
);
console.log(`| build | ${columns.map(([name]) => name).join(' | ')} |`);
console.log(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
for (const [index, figures] of runs.entries()) {
  const cells = columns.map(([, read, show]) => {
    const values = figures.map(read);
    return `${values.map(show).join(' / ')} (${show(median(values))})`;
  });
  console.log(`| ${label(index)} | ${cells.join(' | ')} |`);
}
