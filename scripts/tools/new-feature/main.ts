/** `npm run feature:new -- <name>`: scaffolds a page feature; see the README's "Adding a page". */
import { newFeature } from './new-feature.ts';

process.exitCode = await newFeature(process.argv.slice(2));
