import { readFileSync } from 'node:fs';

export interface BuildCommand {
  /** The command as the README writes it, continuation lines joined. */
  text: string;
  /** Its `-t` tag: which image it builds. */
  tag: string;
  /** Its `--target`, or the Dockerfile's default ("client"). */
  target: string;
}

/**
 * The `docker build` commands of a README section's shell blocks, in order: the image test runs exactly
 * these, so the commands an operator copies are the ones that were built here.
 */
export function readmeBuildCommands(readmePath: string, section: string): BuildCommand[] {
  const text = readFileSync(readmePath, 'utf8');
  const start = text.indexOf(`\n## ${section}\n`);
  if (start < 0) throw new Error(`${readmePath}: no "## ${section}" section`);
  const end = text.indexOf('\n## ', start + 1);
  const body = text.slice(start, end < 0 ? undefined : end);
  const commands: BuildCommand[] = [];
  for (const block of body.matchAll(/```sh\n([\s\S]*?)```/g)) {
    const lines = block[1]!.replace(/\\\n\s*/g, ' ').split('\n');
    for (const line of lines) {
      const command = line.trim();
      if (!command.startsWith('docker build ')) continue;
      const tag = /\s-t\s+(\S+)/.exec(command)?.[1];
      if (!tag) throw new Error(`${readmePath}, section "${section}": no -t <tag> in: ${command}`);
      commands.push({ text: command, tag, target: /\s--target\s+(\S+)/.exec(command)?.[1] ?? 'client' });
    }
  }
  if (commands.length === 0) throw new Error(`${readmePath}, section "${section}": no docker build command`);
  return commands;
}
