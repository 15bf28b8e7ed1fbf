/** A small Dockerfile reader: enough to check deploy/Dockerfile's stages, args and steps without Docker. */

export interface Instruction {
  keyword: string;
  /** The arguments after the keyword, flags (--from=…, --mount=…) removed. */
  args: string;
  flags: Record<string, string>;
  /** Every --mount=… of a RUN (there may be several, so not in `flags`). */
  mounts: string[];
  line: number;
}

export interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
  /** ARG names declared in this stage. */
  args: string[];
}

export interface Dockerfile {
  /** ARGs before the first FROM, with their defaults. */
  globalArgs: Record<string, string | undefined>;
  stages: Stage[];
}

export function parseDockerfile(text: string): Dockerfile {
  const lines = text.split('\n');
  const instructions: Instruction[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const start = index;
    let line = lines[index]!;
    if (/^\s*(#|$)/.test(line)) continue;
    while (line.endsWith('\\') && index + 1 < lines.length) {
      index += 1;
      line = `${line.slice(0, -1)} ${lines[index]!.trim()}`;
    }
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line);
    if (!match) throw new Error(`line ${start + 1}: cannot read ${JSON.stringify(line)}`);
    let rest = match[2]!.trim();
    const flags: Record<string, string> = {};
    const mounts: string[] = [];
    for (let flag = /^--([a-z-]+)=(\S+)\s+/.exec(rest); flag; flag = /^--([a-z-]+)=(\S+)\s+/.exec(rest)) {
      if (flag[1] === 'mount') mounts.push(flag[2]!);
      else flags[flag[1]!] = flag[2]!;
      rest = rest.slice(flag[0].length);
    }
    instructions.push({ keyword: match[1]!.toUpperCase(), args: rest, flags, mounts, line: start + 1 });
  }

  const globalArgs: Dockerfile['globalArgs'] = {};
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args);
      if (!from) throw new Error(`line ${instruction.line}: cannot read FROM ${instruction.args}`);
      stages.push({ name: from[2] ?? String(stages.length), from: from[1]!, instructions: [], args: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) {
      if (instruction.keyword !== 'ARG')
        throw new Error(`line ${instruction.line}: ${instruction.keyword} before FROM`);
      const [name, value] = instruction.args.split('=', 2);
      globalArgs[name!] = value;
      continue;
    }
    stage.instructions.push(instruction);
    if (instruction.keyword === 'ARG') stage.args.push(instruction.args.split('=')[0]!);
  }
  return { globalArgs, stages };
}

/** `COPY a b c/` → sources [a, b], destination c/. */
export function copyParts(instruction: Instruction): { sources: string[]; destination: string } {
  const parts = instruction.args.split(/\s+/);
  return { sources: parts.slice(0, -1), destination: parts.at(-1)! };
}

/** A RUN's `--mount=type=bind,source=a,target=/b` mounts of build-context folders: [{ source: a, target: /b }]. */
export function bindMounts(instruction: Instruction): Array<{ source: string; target: string }> {
  return instruction.mounts
    .map((mount) => Object.fromEntries(mount.split(',').map((part) => part.split('=', 2) as [string, string])))
    .filter((mount) => mount.type === 'bind' && !mount.from)
    .map((mount) => ({ source: mount.source ?? '.', target: mount.target! }));
}

/** The stages a stage is built on, nearest first (`FROM app AS stamp` → [app]). */
export function ancestry(dockerfile: Dockerfile, name: string): Stage[] {
  const chain: Stage[] = [];
  let stage = dockerfile.stages.find((candidate) => candidate.name === name);
  while (stage) {
    chain.push(stage);
    const from = stage.from;
    stage = dockerfile.stages.find((candidate) => candidate.name === from);
  }
  return chain;
}

/** Every stage building `target` needs: its FROM chain and the stages its COPY --from lines read, recursively. */
export function stagesBuiltFor(dockerfile: Dockerfile, target: string): Stage[] {
  const built: Stage[] = [];
  const visit = (name: string) => {
    const stage = dockerfile.stages.find((candidate) => candidate.name === name);
    if (!stage || built.includes(stage)) return;
    built.push(stage);
    visit(stage.from);
    for (const instruction of stage.instructions) if (instruction.flags.from) visit(instruction.flags.from);
  };
  visit(target);
  return built;
}
