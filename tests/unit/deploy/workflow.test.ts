import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BRANDS_DIR, ROOT } from '../../../scripts/paths.ts';
import { listBrandNames } from '../../../scripts/brand/load-brand.ts';
import { parseDockerfile, stagesBuiltFor } from '../../deploy/dockerfile.ts';
import {
  evaluate,
  keyValueLines,
  lines,
  needsOf,
  readWorkflow,
  runStep,
  type ExpressionContext,
  type Job,
  type Step,
} from '../../deploy/github-workflow.ts';

/**
 * .github/workflows/brands.yml, read as a run would go: the brand list step runs for real, the matrix and
 * every docker build's inputs are evaluated from it, then compared with deploy/Dockerfile.
 */
const workflow = readWorkflow(join(ROOT, '.github', 'workflows', 'brands.yml'));
const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'deploy', 'Dockerfile'), 'utf8'));
const github = { sha: '0123456789abcdef0123456789abcdef01234567', event_name: 'push', repository: 'Owner/vitrine' };

const jobs = Object.entries(workflow.jobs);
const isDockerBuild = (step: Step) => step.uses?.startsWith('docker/build-push-action@') ?? false;
const dockerBuilds = (job: Job) => job.steps.filter(isDockerBuild);
/** The job that builds the shared stage, and the matrix job that builds the images. */
const appJobs = jobs.filter(([, job]) => dockerBuilds(job).some((step) => step.with?.target === 'app'));
const imageJobs = jobs.filter(([, job]) => dockerBuilds(job).some((step) => step.with?.target === undefined));

/** `needs.<job>.outputs`, from running the step each job output names (`${{ steps.<id>.outputs.<name> }}`). */
function jobOutputs(job: Job): Record<string, unknown> {
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  for (const step of job.steps)
    if (step.id && step.run) steps[step.id] = { outputs: runStep(step, ROOT, { GITHUB_SHA: github.sha }) };
  return Object.fromEntries(
    Object.entries(job.outputs ?? {}).map(([name, value]) => [name, evaluate(value, { github, steps })]),
  );
}

let needs: Record<string, { outputs: Record<string, unknown> }>;
let brands: string[];
beforeAll(async () => {
  brands = await listBrandNames(BRANDS_DIR);
  needs = {};
  for (const [name, job] of jobs) if (job.outputs) needs[name] = { outputs: jobOutputs(job) };
});

/** One matrix entry of the image job, as the runner would run it: its steps' outputs and the build's inputs. */
function imageBuild(job: Job, matrix: Record<string, unknown>, event = github.event_name) {
  const context: ExpressionContext = { github: { ...github, event_name: event }, matrix, needs, steps: {} };
  const steps = context.steps as Record<string, { outputs: Record<string, string> }>;
  for (const step of job.steps) {
    if (!step.id || !step.run) continue;
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, String(evaluate(v, context))]));
    steps[step.id] = { outputs: runStep(step, ROOT, { ...env, GITHUB_REPOSITORY_OWNER: 'Owner' }) };
  }
  const build = job.steps.find(isDockerBuild)!;
  const input = (name: string) => evaluate(build.with?.[name], context);
  return {
    file: input('file'),
    target: input('target'),
    buildArgs: keyValueLines(String(input('build-args') ?? '')),
    push: input('push'),
    tags: lines(String(input('tags') ?? '')),
    cacheFrom: lines(String(input('cache-from') ?? '')),
  };
}

describe('the brand images workflow', () => {
  it('lists the brands (npm run brands -- list --json) as a job output', () => {
    const lists = Object.values(needs).map(({ outputs }) => outputs.brands);
    expect(lists).toEqual([JSON.stringify(brands)]);
    expect(brands).toEqual(expect.arrayContaining(['cliente1', 'cliente2', 'default']));
  });

  it('builds the shared app stage once, outside any matrix, into a cache', () => {
    expect(appJobs).toHaveLength(1);
    const [, appJob] = appJobs[0]!;
    expect(appJob.strategy?.matrix).toBeUndefined();
    const build = dockerBuilds(appJob).find((step) => step.with?.target === 'app')!;
    expect(build.with?.file).toBe('deploy/Dockerfile');
    expect(dockerfile.stages.map((stage) => stage.name)).toContain('app');
    expect(build.with?.push).toBe(false);
    expect(String(build.with?.['cache-to'])).toMatch(/^type=gha,scope=[\w-]+/);
  });

  it('builds one image per listed brand, on the cached app stage, with the build args the Dockerfile declares', () => {
    expect(imageJobs).toHaveLength(1);
    const [imageJobName, imageJob] = imageJobs[0]!;
    const [appJobName, appJob] = appJobs[0]!;
    const matrix = evaluate(imageJob.strategy?.matrix?.brand, { github, needs }) as string[];
    expect(matrix).toEqual(brands);
    // It waits for the app job, and reads the cache that job wrote.
    expect(needsOf(imageJob)).toContain(appJobName);
    const appCache = String(dockerBuilds(appJob)[0]!.with?.['cache-to']).replace(/,mode=\w+$/, '');

    const allTags: string[] = [];
    for (const brand of matrix) {
      const build = imageBuild(imageJob, { brand });
      expect(build.file, imageJobName).toBe('deploy/Dockerfile');
      // No target: Docker builds the last stage, the per-client image, which is built on the app stage.
      expect(build.target).toBeUndefined();
      const target = dockerfile.stages.at(-1)!;
      expect(target.name).toBe('client');
      const built = stagesBuiltFor(dockerfile, target.name);
      expect(built.map((stage) => stage.name)).toContain('app');
      expect(build.cacheFrom).toContain(appCache);

      const args = Object.fromEntries(build.buildArgs);
      expect(args.STACK_NAME).toBe(brand);
      expect(args.GIT_COMMIT).toBe(github.sha);
      const declared = new Set(built.flatMap((stage) => stage.args));
      for (const [name] of build.buildArgs) expect(declared, `build arg ${name}`).toContain(name);

      expect(build.tags).toEqual([
        `ghcr.io/owner/frontend-${brand}:latest`,
        `ghcr.io/owner/frontend-${brand}:${github.sha}`,
      ]);
      allTags.push(...build.tags);
    }
    expect(new Set(allTags).size).toBe(allTags.length);
  });

  it('pushes the images on main, and only builds them for a pull request', () => {
    const [, imageJob] = imageJobs[0]!;
    expect(imageBuild(imageJob, { brand: 'default' }, 'push').push).toBe(true);
    expect(imageBuild(imageJob, { brand: 'default' }, 'pull_request').push).toBe(false);
    expect(imageJob.permissions?.packages).toBe('write');
  });

  it('puts no ${{ }} expression into a shell command (values reach scripts through env)', () => {
    const scripts = jobs.flatMap(([, job]) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const script of scripts) expect(script).not.toContain('${{');
  });
});
