/**
 * `npm run images:test`: builds the real images on a real Docker engine and checks them over HTTP.
 *
 *   1. a Docker engine: the running one, or dockerd started here (engine.ts);
 *   2. the base images, made once with debootstrap and kept (base-images.ts);
 *   3. the README's "Images" `docker build` commands, in order, timed, the first without the layer cache;
 *   4. the checks in tests/images/ (Vitest), which run each image as a container;
 *   5. the figures: build times and image sizes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.ts';
import { ensureBaseImages, type BaseImages } from './base-images.ts';
import { imageSize, ownLayersSize, runBuild, type BuildRecord } from './build-images.ts';
import { DOCKER, DOCKER_ENV, docker } from './docker.ts';
import { ensureEngine, EngineUnavailable } from './engine.ts';
import { readmeBuildCommands } from './readme-commands.ts';
import { CONTAINER_LABEL, IMAGES_DIR, RECORDS_FILE, type ImageRecords } from './records.ts';

const README = join(ROOT, 'README.md');
const say = (line: string) => console.log(`images: ${line}`);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function main(): Promise<number> {
  const started = Date.now();
  const since = (from: number) => `${((Date.now() - from) / 1000).toFixed(1)} s`;
  try {
    say(`Docker engine: ${await ensureEngine()} (${since(started)})`);
  } catch (error) {
    if (!(error instanceof EngineUnavailable)) throw error;
    console.error(`images: cannot run the image tests: ${error.message}`);
    return 1;
  }
  let base: BaseImages;
  const baseStarted = Date.now();
  try {
    base = await ensureBaseImages(say);
  } catch (error) {
    // debootstrap or the host's Node missing, or a package mirror not reachable: the message says which.
    console.error(`images: cannot make the base images: ${(error as Error).message}`);
    return 1;
  }
  say(
    `base images: ${base.debian}, ${base.node}${base.made.length ? ` (made now, in ${since(baseStarted)}: ${base.made.join(', ')})` : ' (cached)'}`,
  );

  const logDir = join(IMAGES_DIR, 'logs');
  mkdirSync(logDir, { recursive: true });
  pruneBuildCache('before building');
  const builds: BuildRecord[] = [];
  for (const [index, command] of readmeBuildCommands(README, 'Images').entries()) {
    say(`building ${command.tag} (target ${command.target}${index === 0 ? ', without the layer cache' : ''})…`);
    const build = await runBuild(
      command,
      { root: ROOT, logDir, nodeImage: base.node, nginxImage: base.debian },
      index === 0,
    );
    builds.push(build);
    if (build.status !== 0) {
      const tail = readFileSync(build.log, 'utf8').trim().split('\n').slice(-30).join('\n');
      console.error(`images: ${build.ran}\nfailed (exit ${build.status}); the log, ${build.log}, ends with:\n${tail}`);
      return 1;
    }
    say(`built ${command.tag} in ${build.seconds.toFixed(1)} s`);
  }
  // Earlier runs' images under the same tags are now untagged: remove them, keeping the build cache.
  docker(['image', 'prune', '-f']);

  const tags = [base.debian, base.node, ...builds.map((b) => b.tag)];
  const sizes = Object.fromEntries(tags.map((tag) => [tag, imageSize(tag)]));
  const runId = `${process.pid}-${Date.now()}`;
  const records: ImageRecords = { runId, nodeImage: base.node, nginxImage: base.debian, builds, sizes };
  writeFileSync(RECORDS_FILE, `${JSON.stringify(records, null, 2)}\n`);

  const checks = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--config',
      join(ROOT, 'tests', 'images', 'vitest.config.ts'),
    ],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VITRINE_IMAGES_RUN: runId } },
  );
  removeContainers(runId);
  pruneBuildCacheInBackground(join(logDir, 'prune.log'));

  console.log('\nimages: figures');
  for (const build of builds) console.log(`  build ${build.tag.padEnd(22)} ${build.seconds.toFixed(1).padStart(6)} s`);
  for (const [tag, size] of Object.entries(sizes)) console.log(`  size  ${tag.padEnd(40)} ${mb(size).padStart(9)}`);
  for (const build of builds)
    console.log(
      `  own layers of ${build.tag.padEnd(31)} ${mb(ownLayersSize(build.tag)).padStart(9)} (on top of the nginx stage)`,
    );
  console.log(`  images:test took ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
  return checks.status ?? 1;
}

/**
 * The build cache's layers, except npm's cache mount (`exec.cachemount`): the first build runs without
 * the layer cache anyway, and with the vfs storage driver every layer is a whole copy of the file system
 * (node_modules included), so each run would otherwise leave gigabytes behind (18 GB after two runs, seen
 * here). Images, the base images among them, keep their own layers. Before building it runs here, for
 * whatever an earlier run left (one stopped before its background prune, below, was done).
 */
const PRUNE = ['builder', 'prune', '-f', '--filter', 'type=regular'];

function pruneBuildCache(when: string): void {
  const started = Date.now();
  const out = docker(PRUNE, { timeoutMs: 600_000 });
  const reclaimed = /Total reclaimed space:\s*(\S+)/.exec(out)?.[1] ?? '0B';
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  say(
    `build cache pruned ${when} (npm's cache mount kept): ${reclaimed} reclaimed as Docker counts it, in ${seconds} s`,
  );
}

/**
 * After the checks the prune runs in the background: deleting one run's vfs layers takes the engine about
 * two minutes here, which no check needs to wait for. Its output goes to `logPath`.
 */
function pruneBuildCacheInBackground(logPath: string): void {
  const log = openSync(logPath, 'w');
  spawn(DOCKER, PRUNE, { env: DOCKER_ENV, detached: true, stdio: ['ignore', log, log] }).unref();
  closeSync(log);
  say(`pruning this run's build cache in the background (log: ${logPath})`);
}

/** Containers a check started and did not remove (it crashed, or was stopped). */
function removeContainers(runId: string): void {
  const ids = docker(['ps', '-aq', '--filter', `label=${CONTAINER_LABEL}=${runId}`])
    .split('\n')
    .filter(Boolean);
  if (ids.length > 0) docker(['rm', '-f', ...ids]);
}

process.exitCode = await main();
