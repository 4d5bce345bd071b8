// Extracts the vehicle manufacturers of every @faker-js/faker locale
// written in Latin script, for the detector's lexicon (pipeline/lexicon):
// a make before a model ("Toyota Hilux", "Nissan Navara") is no person's
// name. Run it with scripts/vehiclemakes/gen.sh, which installs the pinned
// faker version into a temporary folder.
//
// Output, to the path given as the first argument: a header line naming
// the package, then one make per line, lower case, deduplicated, sorted.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const { version, license } = JSON.parse(readFileSync(require.resolve('@faker-js/faker/package.json'), 'utf8'));

const makes = new Set();
for (const locale of Object.values(allLocales)) {
  for (const make of locale.vehicle?.manufacturer ?? []) {
    if (/^[\p{Script=Latin}0-9 .&'-]+$/u.test(make)) {
      makes.add(make.toLowerCase());
    }
  }
}
const lines = [`# @faker-js/faker ${version} (${license}): vehicle.manufacturer of every locale, Latin script`, ...[...makes].sort()];
writeFileSync(process.argv[2], lines.join('\n') + '\n');
