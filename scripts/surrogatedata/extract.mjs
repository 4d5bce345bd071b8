// Extracts the given names by sex that the surrogate stage draws a
// person's stand-in from when a title or the original given name says its
// sex (pipeline/surrogate), from @faker-js/faker's en_US person data. Run
// it with scripts/surrogatedata/gen.sh, which installs the pinned faker
// version into a temporary folder.
//
// Output: {"_source": ..., "male": [...], "female": [...]}, written to the
// path given as the first argument. A name that faker lists for both sexes
// is in neither list; lists are deduplicated, sorted and limited to ASCII
// letters, apostrophes and hyphens, which every font draws.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fakerEN_US } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const { version, license } = JSON.parse(readFileSync(require.resolve('@faker-js/faker/package.json'), 'utf8'));

const first = fakerEN_US.rawDefinitions.person.first_name;
const names = (v) => (Array.isArray(v) ? v : []).map((x) => (typeof x === 'object' && x !== null ? x.value : x))
  .filter((s) => typeof s === 'string' && /^[A-Z][A-Za-z'-]+$/.test(s));
const male = new Set(names(first.male));
const female = new Set(names(first.female));
const only = (a, b) => [...a].filter((s) => !b.has(s)).sort();

writeFileSync(process.argv[2], JSON.stringify({
  _source: `@faker-js/faker ${version} (${license}), en_US person.first_name`,
  male: only(male, female),
  female: only(female, male),
}) + '\n');
