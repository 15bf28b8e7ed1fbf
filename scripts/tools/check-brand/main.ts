/** `npm run brand:check [-- <name>…] [--json]`: see scripts/tools/README.md. */
import { checkBrands } from './check-brands.ts';

process.exitCode = await checkBrands(process.argv.slice(2));
