/** `npm run brand:new -- <name> --domain example.com [...]`: see scripts/tools/README.md. */
import { newBrand } from './new-brand.ts';

process.exitCode = await newBrand(process.argv.slice(2));
