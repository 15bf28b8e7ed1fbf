/**
 * `npm run bench:build -- --brands 20`: N generated brands, built two ways in one run, side by side:
 *   ours:  one Vite build of the brand-free app, then a stamp per brand (npm run build);
 *   naive: one full `vite build` per brand with the brand compiled in (what per-client Dockerfiles do).
 * Both start from a cold icon cache. Prints each way's time and peak memory; the last line is naive/ours.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../paths.ts';
import { generateBrands } from './generate-brands.ts';

const { values } = parseArgs({
  options: { brands: { type: 'string', default: '20' }, keep: { type: 'boolean', default: false } },
});
const count = Number(values.brands);
if (!Number.isInteger(count) || count < 1 || count > 200) {
  console.error(`--brands ${JSON.stringify(values.brands)}: expected a whole number from 1 to 200`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'vitrine-bench-'));
const brandsDir = join(work, 'brands');
const rssReporter = join(ROOT, 'scripts', 'bench', 'report-peak-rss.mjs');
const tsxLoader = import.meta.resolve('tsx');

interface Measured {
  seconds: number;
  peakMiB: number;
}

/** Runs one command to completion and returns its wall time and the largest peak RSS its node processes reported. */
function measure(label: string, commands: Array<{ args: string[]; env?: Record<string, string> }>): Measured {
  const rssFile = join(work, `${label}.rss`);
  writeFileSync(rssFile, '');
  const started = performance.now();
  for (const command of commands) {
    const run = spawnSync(process.execPath, ['--import', rssReporter, ...command.args], {
      cwd: ROOT,
      env: { ...process.env, ...command.env, VITRINE_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (run.status !== 0) throw new Error(`${label}: ${command.args.join(' ')} exited with ${run.status}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const peakKiB = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
  return { seconds, peakMiB: peakKiB / 1024 };
}

try {
  console.log(`Generating ${count} brands in ${brandsDir}…`);
  const names = await generateBrands(brandsDir, count);
  const clean = { STACK_NAME: '', REACT_APP_COLOR: '', REACT_APP_TAB_NAME: '', REACT_APP_BACKEND_URL: '' };

  console.log(`ours: one app build + ${count} stamps…`);
  const ours = measure('ours', [
    {
      args: [
        '--import',
        tsxLoader,
        join(ROOT, 'scripts', 'build.ts'),
        '--quiet',
        '--brands-dir',
        brandsDir,
        '--dist-dir',
        join(work, 'ours'),
        '--app-dir',
        join(work, 'app'),
        '--icon-cache-dir',
        join(work, 'icons-ours'),
      ],
      env: clean,
    },
  ]);

  console.log(`naive: ${count} separate vite builds with the brand compiled in…`);
  const naive = measure(
    'naive',
    names.map((name) => ({
      args: [
        join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--logLevel',
        'warn',
        '--outDir',
        join(work, 'naive', name),
      ],
      env: {
        ...clean,
        STACK_NAME: name,
        VITRINE_STAMP_IN_VITE: '1',
        VITRINE_BRANDS_DIR: brandsDir,
        VITRINE_ICON_CACHE_DIR: join(work, 'icons-naive'),
      },
    })),
  );

  const row = (label: string, m: Measured) =>
    `${label.padEnd(8)} ${m.seconds.toFixed(1).padStart(7)} s   peak ${m.peakMiB.toFixed(0).padStart(5)} MiB`;
  console.log(`\n${count} brands, measured side by side in this run:`);
  console.log(row('ours', ours));
  console.log(row('naive', naive));
  console.log(`memory naive/ours: ${(naive.peakMiB / ours.peakMiB).toFixed(2)}x`);
  console.log(`time naive/ours: ${(naive.seconds / ours.seconds).toFixed(2)}x`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
