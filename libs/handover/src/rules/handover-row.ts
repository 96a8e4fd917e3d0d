import { type CalendarDate, isCalendarDate } from '@igu/calendar';
import type { NewCandidate } from '@igu/candidates';
import { ResidenceBasis } from '@igu/eligibility';
import { LanguageLevel } from '@igu/reference-data';
import type { HandoverColumn } from './handover-columns.js';

/** A rejected row: the CSV column (English name), a reason code and a message that never quotes the row. */
export interface RowProblem {
  field: HandoverColumn | null;
  reason: string;
  message: string;
}

export type HandoverRecord = Partial<Record<HandoverColumn, string>>;

/** Free-text columns the form carries that the candidate record has no place for: checked for length, then not stored. */
const MAX_FREE_TEXT = 1_000;
/** Danish files write yes/no as ja/nej. */
const YES = new Set(['yes', 'y', 'ja', 'j', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'nej', 'false', '0', '']);

class RowRejected extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.message);
  }
}

const reject = (field: HandoverColumn, reason: string, message: string): never => {
  throw new RowRejected({ field, reason, message });
};

/**
 * The format rules of a handover row (what a CSV cell must look like); what
 * the values must satisfy is createCandidate's business (libs/candidates'
 * rules, applied to the result by the batch command). The contact fields and
 * the CPR are passed on as written, for those rules to judge.
 */
export function candidateFromRecord(record: HandoverRecord): NewCandidate | RowProblem {
  try {
    const text = (column: HandoverColumn) => (record[column] ?? '').trim();
    const required = (column: HandoverColumn) => text(column) || reject(column, 'REQUIRED', 'This column must have a value');
    for (const column of ['education', 'asylum_centre'] as const) {
      if (text(column).length > MAX_FREE_TEXT) reject(column, 'TEXT_TOO_LONG', `At most ${MAX_FREE_TEXT} characters`);
    }
    return {
      cpr: required('cpr'),
      fullName: required('full_name'),
      residenceBasis: residenceBasisOf(required('residence_basis')),
      arrivedInDenmarkOn: dateOf('arrived_in_denmark_on', required('arrived_in_denmark_on')),
      arrivedInMunicipalityOn: dateOf('arrived_in_municipality_on', required('arrived_in_municipality_on')),
      municipalityCode: municipalityCodeOf(required('municipality_code')),
      danishLevel: levelOf('danish_level', text('danish_level')),
      englishLevel: levelOf('english_level', text('english_level')),
      experienceOccupationCodes: listOf(text('experience_occupations')),
      desiredOccupationCodes: listOf(text('desired_occupations')),
      skillCodes: listOf(text('skills')),
      drivingLicence: yesNoOf('driving_licence', text('driving_licence')),
      email: text('email') || null,
      phone: text('phone') || null,
      priorIgu: false,
      maxCommuteKm: 30,
      willingToRelocate: false,
      availableFrom: null,
      shareProfileWithEmployers: false,
    };
  } catch (error) {
    if (error instanceof RowRejected) return error.problem;
    throw error;
  }
}

export function isRowProblem(value: NewCandidate | RowProblem): value is RowProblem {
  return 'reason' in value;
}

const RESIDENCE_BASES = new Map<string, ResidenceBasis>(Object.values(ResidenceBasis).map((basis) => [basis, basis]));

function residenceBasisOf(value: string): ResidenceBasis {
  const written = value.toUpperCase().replace(/[\s-]+/g, '_');
  const basis = RESIDENCE_BASES.get(written);
  return basis ?? reject('residence_basis', 'RESIDENCE_BASIS_INVALID', `Must be one of ${[...RESIDENCE_BASES.keys()].join(', ')}`);
}

/** ISO (2026-08-14) or Danish (14-08-2026, 14.08.2026, 14/08/2026); a real calendar day. */
function dateOf(column: HandoverColumn, value: string): CalendarDate {
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(value);
  const iso = danish ? `${danish[3]}-${danish[2].padStart(2, '0')}-${danish[1].padStart(2, '0')}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !isCalendarDate(iso))
    reject(column, 'DATE_INVALID', 'Must be a real date, YYYY-MM-DD or DD-MM-YYYY');
  return iso;
}

function municipalityCodeOf(value: string): number {
  if (!/^\d{3}$/.test(value)) reject('municipality_code', 'MUNICIPALITY_CODE_INVALID', 'Must be a three-digit municipality code');
  return Number(value);
}

const LEVELS = new Map<string, LanguageLevel>(Object.values(LanguageLevel).map((level) => [level, level]));

function levelOf(column: HandoverColumn, value: string): LanguageLevel {
  if (value === '') return LanguageLevel.NONE;
  const written = value.toUpperCase();
  return LEVELS.get(written) ?? reject(column, 'LANGUAGE_LEVEL_INVALID', 'Must be a CEFR level (A1–C2) or NONE');
}

function yesNoOf(column: HandoverColumn, value: string): boolean {
  const answer = value.toLowerCase();
  if (YES.has(answer)) return true;
  if (NO.has(answer)) return false;
  return reject(column, 'YES_NO_INVALID', 'Must be yes or no (ja/nej)');
}

/** `|`-separated codes; blanks dropped. */
function listOf(value: string): string[] {
  return value
    .split('|')
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/** The CSV column a createCandidate input path refers to (for problems the candidates' rules report). */
const COLUMN_OF_INPUT: Record<string, HandoverColumn> = {
  'input.cpr': 'cpr',
  'input.fullName': 'full_name',
  'input.email': 'email',
  'input.phone': 'phone',
  'input.residenceBasis': 'residence_basis',
  'input.arrivedInDenmarkOn': 'arrived_in_denmark_on',
  'input.arrivedInMunicipalityOn': 'arrived_in_municipality_on',
  'input.municipalityCode': 'municipality_code',
  'input.desiredOccupationCodes': 'desired_occupations',
  'input.experienceOccupationCodes': 'experience_occupations',
  'input.skillCodes': 'skills',
  'input.danishLevel': 'danish_level',
  'input.englishLevel': 'english_level',
};

export function columnOfInput(field: string | null): HandoverColumn | null {
  return field === null ? null : (COLUMN_OF_INPUT[field] ?? null);
}
