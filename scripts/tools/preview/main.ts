/** `npm run brand:preview`: see scripts/tools/README.md. */
import { previewCli } from './preview-cli.ts';

process.exitCode = await previewCli(process.argv.slice(2));
