/**
 * `npm run brands -- list [--json]`: the brands in brands/, for people and for CI.
 *
 *   npm run brands -- list                 one line per brand: name, domain, API URL
 *   npm run --silent brands -- list --json a JSON array of names, e.g. ["cliente1","cliente2","default"],
 *                                          for a CI matrix (.github/workflows/brands.yml)
 *   --brands-dir DIR                       another brands folder
 *
 * Every brand folder with a valid name is listed, even one whose brand.json is broken: its CI job then
 * fails with the build's own message instead of the brand silently not shipping.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BRANDS_DIR } from '../paths.ts';
import { listBrandNames } from '../brand/load-brand.ts';
import { brandFileSchema } from '../brand/schema.ts';

const USAGE = 'usage: npm run brands -- list [--json] [--brands-dir DIR]';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    'brands-dir': { type: 'string', default: BRANDS_DIR },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, ...rest] = positionals;
if (command !== 'list' || rest.length > 0) {
  console.error(command ? `unknown command "${[command, ...rest].join(' ')}"\n${USAGE}` : USAGE);
  process.exit(2);
}

const brandsDir = resolve(args['brands-dir']);
if (!existsSync(brandsDir)) {
  console.error(`no brands folder at ${brandsDir}`);
  process.exit(1);
}
const brands = await listBrandNames(brandsDir);

if (args.json) {
  process.stdout.write(`${JSON.stringify(brands)}\n`);
} else {
  const rows = brands.map((brand) => {
    const summary = summarize(join(brandsDir, brand, 'brand.json'));
    return [brand, summary.domain, summary.apiUrl];
  });
  const header = ['brand', 'domain', 'apiUrl'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows])
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join('  ')
        .trimEnd(),
    );
  console.log(`\n${brands.length} brand(s) in ${brandsDir}`);
}

function summarize(path: string): { domain: string; apiUrl: string } {
  try {
    const parsed = brandFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) return { domain: '(invalid brand.json: npm run build says why)', apiUrl: '' };
    return { domain: parsed.data.domain ?? '-', apiUrl: parsed.data.apiUrl };
  } catch {
    return { domain: existsSync(path) ? '(brand.json is not JSON)' : '(no brand.json)', apiUrl: '' };
  }
}
