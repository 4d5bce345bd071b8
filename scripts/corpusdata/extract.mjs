// Extracts compact per-locale word lists for the labelled corpus
// (pipeline/corpus) from @faker-js/faker, a source independent of the
// detector's lexicons (gofakeit). Run it with scripts/corpusdata/gen.sh,
// which installs the pinned faker version into a temporary folder.
//
// Output: one JSON object keyed by faker locale, written to the path given
// as the first argument. Lists are deduplicated, sorted and limited to
// characters the project's fonts draw (Latin-1 and Latin Extended-A).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  fakerEN_US, fakerEN_GB, fakerDE, fakerFR, fakerES, fakerIT, fakerEN_IN,
} from '@faker-js/faker';

const require = createRequire(import.meta.url);
const { version, license } = JSON.parse(readFileSync(require.resolve('@faker-js/faker/package.json'), 'utf8'));

const locales = {
  en_US: fakerEN_US, en_GB: fakerEN_GB, de: fakerDE, fr: fakerFR,
  es: fakerES, it: fakerIT, en_IN: fakerEN_IN,
};

// Own city lists where the locale defines real town names; the others
// (en_GB would fall back to US towns) compose towns with faker's patterns.
const ownCities = new Set(['en_US', 'de', 'fr', 'es', 'it', 'en_IN']);

const MAX = 400; // entries kept per list, enough variety for the corpus

const drawable = (s) => typeof s === 'string' && s.trim() !== '' && /^[\u0020-\u007e\u00a0-\u017f]+$/.test(s);

function list(xs) {
  const out = [...new Set(xs.filter(drawable).map((s) => s.trim()))].sort();
  if (out.length <= MAX) return out;
  // An even spread over the sorted list, so every initial is represented.
  const step = out.length / MAX;
  return Array.from({ length: MAX }, (_, i) => out[Math.floor(i * step)]);
}

function flat(v) {
  if (!v) return [];
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x !== null ? x.value : x));
  return Object.values(v).flatMap(flat);
}

function sample(f, fn, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(fn(f));
  return out;
}

const data = { _source: `@faker-js/faker ${version} (${license})` };
for (const [name, f] of Object.entries(locales)) {
  f.seed(11);
  const d = f.rawDefinitions;
  const loc = d.location;
  const first = d.person.first_name;
  data[name] = {
    first_female: list([...flat(first.female), ...flat(first.generic)]),
    first_male: list([...flat(first.male), ...flat(first.generic)]),
    last: list(flat(d.person.last_name)),
    streets: list(sample(f, (x) => x.location.street(), 600)),
    cities: list(ownCities.has(name) ? flat(loc.city_name) : sample(f, (x) => x.location.city(), 600)),
    // Abbreviations only where the locale has one per region (fr inherits
    // the US ones).
    regions: (loc.state || []).map((s, i) => [s, (loc.state_abbr || []).length === loc.state.length ? loc.state_abbr[i] : ''])
      .filter((r) => drawable(r[0])),
    postcodes: list(flat(loc.postcode)),
    building_numbers: list(flat(loc.building_number)),
    secondary: list(flat(loc.secondary_address)),
    phones: Object.fromEntries(Object.entries(d.phone_number.format).map(([k, v]) => [k, list(flat(v))])),
    companies: list(sample(f, (x) => x.company.name(), 600)),
  };
}
writeFileSync(process.argv[2], JSON.stringify(data) + '\n');
