import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../scripts/paths.ts';
import { parseDockerfile } from '../../deploy/dockerfile.ts';

/** .github/workflows/brands.yml, read as text (no YAML parser among the dependencies): its wiring. */
const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'brands.yml'), 'utf8');
const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'deploy', 'Dockerfile'), 'utf8'));
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;
/** The text of one job: from `  <name>:` to the next job. */
const job = (name: string) => new RegExp(`^  ${name}:\\n((?:    .*\\n|\\s*\\n)*)`, 'm').exec(workflow)?.[1] ?? '';

describe('the brand images workflow', () => {
  it('lists the brands with npm run brands -- list --json, as a job output', () => {
    expect(job('brands')).toContain('run: echo "brands=$(npm run --silent brands -- list --json)" >> "$GITHUB_OUTPUT"');
    expect(job('brands')).toContain('brands: ${{ steps.list.outputs.brands }}');
    expect(scripts).toHaveProperty('brands');
  });

  it('builds the shared app stage once, into the cache the brand jobs read', () => {
    expect(job('app')).toContain('file: deploy/Dockerfile');
    expect(job('app')).toContain('target: app');
    expect(dockerfile.stages.map((stage) => stage.name)).toContain('app');
    expect(job('app')).toContain('cache-to: type=gha,scope=vitrine-app,mode=max');
    expect(job('image')).toContain('type=gha,scope=vitrine-app');
  });

  it('builds and pushes one image per brand in a matrix, with the build args the Dockerfile declares', () => {
    const image = job('image');
    expect(image).toContain('needs: [brands, app]');
    expect(image).toContain('brand: ${{ fromJSON(needs.brands.outputs.brands) }}');
    expect(image).toContain('file: deploy/Dockerfile');
    expect(image).toContain("push: ${{ github.event_name != 'pull_request' }}");
    expect(image).toContain('packages: write');
    const buildArgs = [...image.matchAll(/^ {12}([A-Z_]+)=/gm)].map((match) => match[1]!);
    expect(buildArgs).toEqual(['STACK_NAME', 'GIT_COMMIT']);
    const stamp = dockerfile.stages.find((stage) => stage.name === 'stamp')!;
    for (const arg of buildArgs) expect(stamp.args).toContain(arg);
    // The default target is the per-client image.
    expect(image).not.toContain('target:');
    expect(dockerfile.stages.at(-1)?.name).toBe('client');
  });

  it('puts no ${{ }} expression into a shell command (values reach scripts through env)', () => {
    const runLines = workflow.split('\n').filter((line) => /^\s*(- )?run: /.test(line));
    expect(runLines.length).toBeGreaterThanOrEqual(3);
    for (const line of runLines) expect(line).not.toContain('${{');
  });
});
