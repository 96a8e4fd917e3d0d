/**
 * Fake handover files (docs/domain.md §11) for the demo and the tests:
 * realistic but invented names, fake CPR numbers (real dates, century digit
 * per the CPR rules, no modulus-11 check, which §9 allows), and deliberate
 * errors at known rows, so a test knows exactly what an import must report.
 * Deterministic: the same arguments give the same file.
 */

const GIVEN = [
  'Ahmad',
  'Fatima',
  'Mohammad',
  'Zahra',
  'Yonas',
  'Senait',
  'Abdullah',
  'Maryam',
  'Tesfay',
  'Helen',
  'Omar',
  'Aisha',
  'Hamid',
  'Parwana',
  'Mehari',
  'Feven',
  'Khalid',
  'Nour',
  'Samir',
  'Shabnam',
  'Dawit',
  'Rahel',
  'Mustafa',
  'Layla',
  'Farid',
  'Mina',
  'Bereket',
  'Saba',
  'Anders',
  'Mette',
  'Jonas',
  'Sofie',
  'Nikolaj',
  'Ida',
  'Mads',
  'Freja',
];
const FAMILY = [
  'Al-Hassan',
  'Haidari',
  'Tesfamariam',
  'Rahimi',
  'Kidane',
  'Al-Khatib',
  'Ghebremedhin',
  'Sultani',
  'Mahmoud',
  'Ahmadzai',
  'Haile',
  'Darwish',
  'Nazari',
  'Weldemichael',
  'Qasimi',
  'Yousef',
  'Habtom',
  'Karimi',
  'Ibrahim',
  'Tekle',
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Sørensen',
  'Møller',
];
const BASES = ['REFUGEE', 'REFUGEE', 'REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE', 'UKRAINE_SPECIAL_ACT', 'AFGHAN_SPECIAL_ACT'];
const OCCUPATIONS = ['9112', '5120', '9321', '8322', '7231', '9611', '9412', '5321', '7115', '7411', '9333', '8160'];
const SKILLS = [
  'forklift-certificate',
  'driving-licence-b',
  'hygiene-certificate',
  'first-aid-certificate',
  'welding-certificate',
  'wear-protective-gear',
];
const LEVELS = ['', 'NONE', 'A1', 'A2', 'B1', 'B2'];
const CENTRES = ['Center Sandholm', 'Center Avnstrup', 'Center Kongelunden', 'Center Jelling', 'Center Vipperød'];
const EDUCATION = [
  '9 years of school',
  'Upper secondary, 12 years',
  'Vocational: electrician, 3 years',
  'University: civil engineering, 4 years',
  '',
];

export const SAMPLE_HEADER = [
  'cpr',
  'full_name',
  'residence_basis',
  'arrived_in_denmark_on',
  'arrived_in_municipality_on',
  'municipality_code',
  'danish_level',
  'english_level',
  'education',
  'experience_occupations',
  'desired_occupations',
  'skills',
  'driving_licence',
  'email',
  'phone',
  'asylum_centre',
] as const;

/** The same columns as a Danish file names them (`;`-separated, DD-MM-YYYY dates). */
export const SAMPLE_HEADER_DANISH = [
  'CPR-nummer',
  'Navn',
  'Opholdsgrundlag',
  'Ankommet til Danmark',
  'Ankommet til kommunen',
  'Kommunekode',
  'Dansk niveau',
  'Engelsk niveau',
  'Uddannelse',
  'Erhvervserfaring',
  'Ønskede stillinger',
  'Kompetencer',
  'Kørekort',
  'E-mail',
  'Telefon',
  'Asylcenter',
] as const;

/** A deliberate error: which row (1 = first data row), the column and the reason the import must report. */
export interface ExpectedProblem {
  row: number;
  field: string;
  reason: string;
}

export type SampleRecord = Record<(typeof SAMPLE_HEADER)[number], string>;

export interface SampleFile {
  csv: string;
  /** The rows' cells by English column name, as written to the file. */
  records: SampleRecord[];
  rows: number;
  /** Rows that must be imported (created the first time). */
  valid: number;
  problems: ExpectedProblem[];
}

/** Every `every`-th row (from row `every`) carries one of these errors, in turn. */
const ERRORS: { field: string; reason: string; apply(cells: SampleRecord): void }[] = [
  { field: 'cpr', reason: 'CPR_INVALID', apply: (c) => (c.cpr = `3113${c.cpr.slice(4)}`) },
  { field: 'full_name', reason: 'REQUIRED', apply: (c) => (c.full_name = '') },
  { field: 'residence_basis', reason: 'RESIDENCE_BASIS_INVALID', apply: (c) => (c.residence_basis = 'TOURIST') },
  { field: 'arrived_in_denmark_on', reason: 'DATE_INVALID', apply: (c) => (c.arrived_in_denmark_on = '2026-02-30') },
  { field: 'municipality_code', reason: 'MUNICIPALITY_NOT_SERVED', apply: (c) => (c.municipality_code = '751') },
  { field: 'desired_occupations', reason: 'UNKNOWN_OCCUPATION', apply: (c) => (c.desired_occupations = '9112|0001') },
  {
    field: 'arrived_in_municipality_on',
    reason: 'MUNICIPALITY_ARRIVAL_BEFORE_DENMARK',
    apply: (c) => (c.arrived_in_municipality_on = '2020-01-01'),
  },
  { field: 'email', reason: 'EMAIL_INVALID', apply: (c) => (c.email = 'not-an-address') },
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDay(base: string, days: number): string {
  const date = new Date(`${base}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Unique per index up to 4 × 10,080 rows: the date from the index, the century digit (0–3: 1900s) and serial too. */
function fakeCpr(i: number): string {
  const year = 1970 + (i % 30);
  const month = 1 + (Math.floor(i / 30) % 12);
  const day = 1 + (Math.floor(i / 360) % 28);
  const century = Math.floor(i / 10_080) % 4;
  return `${pad(day)}${pad(month)}${pad(year % 100)}-${century}${pad(i % 1000, 3)}`;
}

/**
 * `rows` data rows for municipality `municipalityCode`, arrivals before
 * `today`; every `errorEvery`-th row has an error (0: none). `firstPerson`
 * picks the people (CPRs): files with disjoint ranges hold different people
 * (unique up to 40,320).
 */
export function handoverSample(options: {
  rows: number;
  today: string;
  municipalityCode?: number;
  errorEvery?: number;
  danish?: boolean;
  firstPerson?: number;
}): SampleFile {
  const { rows, today, municipalityCode = 101, errorEvery = 0, danish = false, firstPerson = 0 } = options;
  const problems: ExpectedProblem[] = [];
  const records: SampleRecord[] = [];
  for (let i = firstPerson; i < firstPerson + rows; i += 1) {
    const row = i - firstPerson + 1;
    const given = pick(GIVEN, i * 7 + 3);
    const family = pick(FAMILY, i * 11 + 5);
    const arrivedDenmark = isoDay(today, -(30 + ((i * 37) % 700)));
    const arrivedMunicipality = isoDay(arrivedDenmark, 10 + (i % 60));
    const cells: SampleRecord = {
      cpr: fakeCpr(i),
      full_name: `${given} ${family}`,
      residence_basis: pick(BASES, i),
      arrived_in_denmark_on: arrivedDenmark,
      arrived_in_municipality_on: arrivedMunicipality > today ? today : arrivedMunicipality,
      municipality_code: String(municipalityCode),
      danish_level: pick(LEVELS, i * 3),
      english_level: pick(LEVELS, i * 5 + 1),
      education: pick(EDUCATION, i),
      experience_occupations: i % 3 === 0 ? '' : [pick(OCCUPATIONS, i), pick(OCCUPATIONS, i + 4)].join('|'),
      desired_occupations: [pick(OCCUPATIONS, i + 1), pick(OCCUPATIONS, i * 5 + 2)]
        .filter((code, n, all) => all.indexOf(code) === n)
        .join('|'),
      skills: i % 4 === 0 ? '' : pick(SKILLS, i),
      driving_licence: i % 5 === 0 ? 'yes' : 'no',
      email: i % 2 === 0 ? `${given}.${family}.${row}@example.test`.toLowerCase().replace(/[^a-z0-9.@-]/g, '') : '',
      phone: i % 3 === 0 ? `+45 ${pad(20 + (i % 70))} ${pad(i % 100)} ${pad((i * 7) % 100)} ${pad((i * 13) % 100)}` : '',
      asylum_centre: pick(CENTRES, i),
    };
    if (errorEvery > 0 && row % errorEvery === 0) {
      const error = pick(ERRORS, row / errorEvery - 1);
      error.apply(cells);
      problems.push({ row, field: error.field, reason: error.reason });
    }
    records.push(cells);
  }
  return { csv: handoverCsv(records, danish), records, rows, valid: rows - problems.length, problems };
}

/** The file: English columns and `,`, or Danish columns, `;`, DD-MM-YYYY dates and ja/nej. */
export function handoverCsv(records: readonly SampleRecord[], danish = false): string {
  const delimiter = danish ? ';' : ',';
  const lines = [(danish ? SAMPLE_HEADER_DANISH : SAMPLE_HEADER).join(delimiter)];
  for (const record of records) {
    const cells: SampleRecord = { ...record };
    if (danish) {
      for (const key of ['arrived_in_denmark_on', 'arrived_in_municipality_on'] as const) {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cells[key]);
        if (match) cells[key] = `${match[3]}-${match[2]}-${match[1]}`;
      }
      cells.driving_licence = cells.driving_licence === 'yes' ? 'ja' : 'nej';
    }
    lines.push(SAMPLE_HEADER.map((column) => csvCell(cells[column], delimiter)).join(delimiter));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || value.includes('"') || /[\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
