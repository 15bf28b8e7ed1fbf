/**
 * A small GitHub Actions reader for tests: the workflow YAML parsed, and the few `${{ }}` expressions
 * deploy workflows use evaluated against a context, so tests check what a run would do, not the text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

export interface Job {
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  permissions?: Record<string, string>;
  strategy?: { matrix?: Record<string, unknown> };
  steps: Step[];
}

export interface Workflow {
  on: unknown;
  jobs: Record<string, Job>;
}

export function readWorkflow(file: string): Workflow {
  return parse(readFileSync(file, 'utf8')) as Workflow;
}

export function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** What expressions can read: `github`, `matrix`, `needs`, `steps`… as nested objects. */
export type ExpressionContext = Record<string, unknown>;

function lookup(path: string, context: ExpressionContext): unknown {
  let value: unknown = context;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !(part in value))
      throw new Error(`expression: ${path} is not in the context`);
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** One expression: a property path, `fromJSON(path)`, or `path == 'text'` / `path != 'text'`. */
function evaluateExpression(expression: string, context: ExpressionContext): unknown {
  const fromJson = /^fromJSON\(\s*([\w.-]+)\s*\)$/.exec(expression);
  if (fromJson) return JSON.parse(String(lookup(fromJson[1]!, context)));
  const comparison = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(expression);
  if (comparison) return (lookup(comparison[1]!, context) === comparison[3]) === (comparison[2] === '==');
  if (/^[\w.-]+$/.test(expression)) return lookup(expression, context);
  throw new Error(`expression not understood by this reader: ${expression}`);
}

/**
 * A workflow value with its `${{ }}` expressions evaluated. A value that is one expression keeps the
 * expression's type (an array from fromJSON, a boolean); expressions inside text become text.
 */
export function evaluate(value: unknown, context: ExpressionContext): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(value.trim());
  if (whole) return evaluateExpression(whole[1]!, context);
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_match, expression: string) =>
    String(evaluateExpression(expression, context)),
  );
}

/**
 * Runs a step's `run` script with bash, as a runner would (in `cwd`, with `env`), and returns what it wrote
 * to $GITHUB_OUTPUT as the step's outputs.
 */
export function runStep(step: Step, cwd: string, env: Record<string, string>): Record<string, string> {
  if (!step.run) throw new Error(`step ${step.id ?? step.name ?? '?'} has no run script`);
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-workflow-step-'));
  try {
    const outputFile = join(dir, 'output');
    const run = spawnSync('bash', ['-eo', 'pipefail', '-c', step.run], {
      cwd,
      env: { ...process.env, ...env, GITHUB_OUTPUT: outputFile },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`step ${step.id ?? step.name}: exit ${run.status}\n${run.stderr}`);
    const outputs: Record<string, string> = {};
    for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
      const equals = line.indexOf('=');
      if (equals > 0) outputs[line.slice(0, equals)] = line.slice(equals + 1);
    }
    return outputs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The non-empty lines of a multi-line input (tags, cache-from), trimmed. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** `KEY=value` lines (build-args), in order. */
export function keyValueLines(text: string): Array<[string, string]> {
  return lines(text).map((line): [string, string] => {
    const equals = line.indexOf('=');
    if (equals <= 0) throw new Error(`not KEY=value: ${line}`);
    return [line.slice(0, equals), line.slice(equals + 1)];
  });
}
