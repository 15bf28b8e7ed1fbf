// Preloaded with `node --import` into a measured process: on exit, appends the process's peak resident
// memory (KiB, from getrusage) to the file named by VITRINE_RSS_FILE.
import { appendFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.VITRINE_RSS_FILE) appendFileSync(process.env.VITRINE_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
