// Extracts given and family names by country for the surrogate stage
// (pipeline/surrogate) from @faker-js/faker's locales written in Latin
// script. Run it with scripts/surrogatenames/gen.sh, which installs the
// pinned faker version into a temporary folder.
//
// Output, to the path given as the first argument: a header line naming
// the package, then lines "CC<TAB>F|M|L<TAB>name" (ISO 3166 alpha-2
// country; female and male given names, family names). A country that
// several locales speak for (Belgium: nl_BE and fr_BE) gets the union.
// Lists are deduplicated, sorted, limited to MAX entries and to
// characters the project's fonts draw (Latin-1 and Latin Extended-A).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';

const require = createRequire(import.meta.url);
const { version, license } = JSON.parse(readFileSync(require.resolve('@faker-js/faker/package.json'), 'utf8'));

// The locales whose names are written in Latin script, by country.
const countries = {
  af_ZA: 'ZA', az: 'AZ', cs_CZ: 'CZ', da: 'DK', de: 'DE', de_AT: 'AT', de_CH: 'CH',
  en_AU: 'AU', en_CA: 'CA', en_GB: 'GB', en_GH: 'GH', en_IE: 'IE', en_IN: 'IN', en_NG: 'NG',
  en_US: 'US', en_ZA: 'ZA', es: 'ES', es_MX: 'MX', fi: 'FI', fr: 'FR', fr_BE: 'BE',
  fr_CA: 'CA', fr_CH: 'CH', fr_LU: 'LU', fr_SN: 'SN', hr: 'HR', hu: 'HU', id_ID: 'ID',
  it: 'IT', lv: 'LV', nb_NO: 'NO', nl: 'NL', nl_BE: 'BE', pl: 'PL', pt_BR: 'BR', pt_PT: 'PT',
  ro: 'RO', ro_MD: 'MD', sk: 'SK', sr_RS_latin: 'RS', sv: 'SE', tr: 'TR', uz_UZ_latin: 'UZ',
  vi: 'VN', yo_NG: 'NG', zu_ZA: 'ZA',
};

const MAX = 300;
const MIN = 20; // fewer names than this and a country keeps the default lists

const drawable = (s) => typeof s === 'string' && /^[A-Za-z\u00c0-\u00ff\u0100-\u017f][A-Za-z\u00c0-\u00ff\u0100-\u017f' -]*$/.test(s);

function flat(v) {
  if (!v) return [];
  if (Array.isArray(v)) return v.flatMap((x) => (typeof x === 'object' && x !== null ? flat(x.value ?? []) : [x]));
  return Object.values(v).flatMap(flat);
}

function list(xs) {
  const out = [...new Set(xs.filter(drawable).map((s) => s.trim()))].sort();
  if (out.length <= MAX) return out;
  const step = out.length / MAX; // an even spread, every initial kept
  return Array.from({ length: MAX }, (_, i) => out[Math.floor(i * step)]);
}

const merged = {};
for (const [loc, cc] of Object.entries(countries)) {
  const p = allLocales[loc]?.person;
  if (!p) throw new Error(`faker has no person names for ${loc}`);
  const m = (merged[cc] ??= { F: [], M: [], L: [] });
  const first = p.first_name ?? {};
  m.F.push(...flat(first.female), ...flat(first.generic));
  m.M.push(...flat(first.male), ...flat(first.generic));
  m.L.push(...flat(p.last_name));
}

const lines = [`# @faker-js/faker ${version} (${license})`];
for (const cc of Object.keys(merged).sort()) {
  const lists = Object.fromEntries(Object.entries(merged[cc]).map(([k, v]) => [k, list(v)]));
  if (Object.values(lists).some((v) => v.length < MIN)) continue;
  for (const k of ['F', 'M', 'L']) {
    for (const n of lists[k]) lines.push(`${cc}\t${k}\t${n}`);
  }
}
writeFileSync(process.argv[2], lines.join('\n') + '\n');
