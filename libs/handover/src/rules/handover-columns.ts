/**
 * The columns of a handover file (docs/domain.md §11), by their English
 * name, with the Danish names (and common spellings) a file may use instead.
 * Headers are compared case-insensitively, with spaces and dashes read as `_`
 * and æ/ø/å also accepted as ae/oe/aa. Unknown columns are ignored.
 */
export const HANDOVER_COLUMNS = {
  cpr: ['cpr', 'cpr_nummer', 'cprnummer', 'cpr_nr'],
  full_name: ['full_name', 'navn', 'fulde_navn', 'fuldt_navn'],
  residence_basis: ['residence_basis', 'opholdsgrundlag'],
  arrived_in_denmark_on: ['arrived_in_denmark_on', 'ankommet_til_danmark', 'ankomst_danmark', 'indrejsedato'],
  arrived_in_municipality_on: ['arrived_in_municipality_on', 'ankommet_til_kommunen', 'ankomst_kommune', 'bosaettelsesdato'],
  municipality_code: ['municipality_code', 'kommunekode', 'kommune_kode', 'kommunenummer'],
  danish_level: ['danish_level', 'dansk_niveau', 'danskniveau'],
  english_level: ['english_level', 'engelsk_niveau', 'engelskniveau'],
  education: ['education', 'uddannelse'],
  experience_occupations: ['experience_occupations', 'erfaring_stillinger', 'erhvervserfaring'],
  desired_occupations: ['desired_occupations', 'oenskede_stillinger', 'jobonsker', 'joboensker'],
  skills: ['skills', 'kompetencer', 'faerdigheder'],
  driving_licence: ['driving_licence', 'driving_license', 'koerekort'],
  email: ['email', 'e_mail', 'mail'],
  phone: ['phone', 'telefon', 'tlf', 'telefonnummer'],
  asylum_centre: ['asylum_centre', 'asylum_center', 'asylcenter', 'sendende_asylcenter'],
} as const;

export type HandoverColumn = keyof typeof HANDOVER_COLUMNS;

export const REQUIRED_COLUMNS: readonly HandoverColumn[] = [
  'cpr',
  'full_name',
  'residence_basis',
  'arrived_in_denmark_on',
  'arrived_in_municipality_on',
  'municipality_code',
];

/** `Ønskede stillinger` → `oenskede_stillinger`. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/^\uFEFF/, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[\s-]+/g, '_');
}

const BY_ALIAS = new Map<string, HandoverColumn>(
  Object.entries(HANDOVER_COLUMNS).flatMap(([column, aliases]) => aliases.map((alias) => [alias, column as HandoverColumn] as const)),
);

/** The column each header cell names (null: unknown, ignored), and the required columns the header lacks. */
export function mapHeader(headers: readonly string[]): { columns: (HandoverColumn | null)[]; missing: HandoverColumn[] } {
  const columns = headers.map((header) => BY_ALIAS.get(normaliseHeader(header)) ?? null);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  return { columns, missing };
}

/** `;` when the header line has at least as many semicolons as commas (Danish spreadsheets export `;`), else `,`. */
export function detectDelimiter(headerLine: string): ';' | ',' {
  const count = (char: string) => headerLine.split(char).length - 1;
  return count(';') > 0 && count(';') >= count(',') ? ';' : ',';
}
