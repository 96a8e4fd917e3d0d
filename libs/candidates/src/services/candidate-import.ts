import type { CalendarDate } from '@igu/calendar';
import { Inject, Injectable } from '@nestjs/common';
import { recordOutboxEvent } from '@igu/queue';
import { LanguageLevel, ReferenceDataException, type ReferenceDataExceptionCode } from '@igu/reference-data';
import type { EntityManager } from 'typeorm';
import { CandidateEntity } from '../entities/candidate.entity.js';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';
import { CANDIDATE_AGGREGATE, CandidateEvent } from '../events/candidate.events.js';
import { occupationPrefixes } from '../rules/occupation-prefixes.js';
import { CandidateCrypto } from './candidate-crypto.js';
import {
  checkReferenceData,
  type ColumnValues,
  loadReferenceData,
  type NewCandidate,
  newCandidateValues,
  type ValidatedCandidate,
  validateNewCandidate,
} from './candidate-writer.js';

/** What became of one imported row. `field` is createCandidate's input path (e.g. `input.cpr`). */
export type CandidateImportOutcome =
  | { kind: 'created'; candidateId: string }
  | { kind: 'updated'; candidateId: string }
  | { kind: 'unchanged'; candidateId: string }
  | { kind: 'rejected'; code: CandidateExceptionCode | ReferenceDataExceptionCode; field: string | null; message: string };

/** The same answer createCandidate gives for a CPR registered anywhere else: which jobcentre holds it is not revealed. */
const DUPLICATE = {
  kind: 'rejected',
  code: CandidateExceptionCode.CPR_ALREADY_REGISTERED,
  field: 'input.cpr',
  message: 'A candidate with this CPR number is already registered',
} as const;

interface ExistingRow {
  id: string;
  jobcentre_id: string;
  cpr_index: string;
  email_encrypted: string | null;
  phone_encrypted: string | null;
  desired_occupation_codes: string[];
  experience_occupation_codes: string[];
  skill_codes: string[];
  danish_level: LanguageLevel;
  english_level: LanguageLevel;
}

/** The fields an import may fill on an existing record, and only while they are empty there. */
type Fillable = Pick<
  ColumnValues,
  | 'emailEncrypted'
  | 'phoneEncrypted'
  | 'desiredOccupationCodes'
  | 'experienceOccupationCodes'
  | 'skillCodes'
  | 'danishLevel'
  | 'englishLevel'
>;

/**
 * Bulk registration of candidates from a handover file (libs/handover), in
 * the caller's transaction, with the rules of createCandidate. A row whose
 * CPR is already a candidate of this jobcentre fills only that record's
 * empty fields (contact, occupations, skills, a language level of NONE):
 * nothing a caseworker entered is overwritten. A CPR registered by another
 * jobcentre gets createCandidate's duplicate answer. A CPR repeated within
 * the batch is treated like one already registered by this jobcentre.
 * One `candidate.imported` outbox event carries the ids of every created or
 * changed candidate, so matching takes a batch in one job.
 */
@Injectable()
export class CandidateImportCommands {
  constructor(@Inject(CandidateCrypto) private readonly crypto: CandidateCrypto) {}

  async importBatch(
    manager: EntityManager,
    { jobcentreId, rows, today }: { jobcentreId: string; rows: readonly NewCandidate[]; today: CalendarDate },
  ): Promise<CandidateImportOutcome[]> {
    const outcomes = new Array<CandidateImportOutcome | undefined>(rows.length);
    const valid: { index: number; candidate: ValidatedCandidate; cprIndex: string }[] = [];
    rows.forEach((input, index) => {
      try {
        const candidate = validateNewCandidate(input, today);
        valid.push({ index, candidate, cprIndex: this.crypto.cprIndex(candidate.cprDigits) });
      } catch (error) {
        outcomes[index] = rejection(error);
      }
    });

    const known = await loadReferenceData(
      manager,
      valid.map(({ candidate }) => ({ municipalityCode: candidate.input.municipalityCode, ...codesOf(candidate) })),
    );
    const checked = valid.filter(({ index, candidate }) => {
      try {
        checkReferenceData(jobcentreId, { municipalityCode: candidate.input.municipalityCode, ...codesOf(candidate) }, known);
        return true;
      } catch (error) {
        outcomes[index] = rejection(error);
        return false;
      }
    });

    // Existing records with these CPRs, locked: a concurrent edit of one waits for this batch (and vice versa).
    const existing = new Map<string, ExistingRow>();
    if (checked.length) {
      const found: ExistingRow[] = await manager.query(
        `SELECT id, jobcentre_id, cpr_index, email_encrypted, phone_encrypted, desired_occupation_codes,
                experience_occupation_codes, skill_codes, danish_level, english_level
         FROM candidate WHERE cpr_index = ANY($1::text[]) FOR UPDATE`,
        [checked.map((row) => row.cprIndex)],
      );
      for (const row of found) existing.set(row.cpr_index, row);
    }

    const inserts = new Map<string, { indexes: number[]; values: ColumnValues }>();
    const updates = new Map<string, { indexes: number[]; row: ExistingRow; changes: Fillable }>();
    for (const { index, candidate, cprIndex } of checked) {
      const current = existing.get(cprIndex);
      if (current && current.jobcentre_id !== jobcentreId) {
        outcomes[index] = DUPLICATE;
        continue;
      }
      const fill = this.fillable(candidate);
      if (current) {
        const update = updates.get(cprIndex) ?? { indexes: [], row: current, changes: {} };
        const changed = fillEmpty(update.changes, current, fill);
        update.indexes.push(index);
        updates.set(cprIndex, update);
        outcomes[index] = { kind: changed ? 'updated' : 'unchanged', candidateId: current.id };
        continue;
      }
      const pending = inserts.get(cprIndex);
      if (pending) {
        // Repeated in the batch: like a record this jobcentre already has.
        const changed = fillEmpty(pending.values, valuesAsRow(pending.values), fill);
        if (changed) pending.values.occupationPrefixes = prefixesOf(pending.values);
        pending.indexes.push(index);
        outcomes[index] = { kind: changed ? 'updated' : 'unchanged', candidateId: '' };
        continue;
      }
      inserts.set(cprIndex, { indexes: [index], values: newCandidateValues(this.crypto, jobcentreId, candidate) });
    }

    const touched: string[] = [];
    if (inserts.size) {
      // One multi-row INSERT. A CPR registered meanwhile by another transaction (a racing createCandidate
      // or import) fails the batch on the unique index; the caller's retry then finds it as existing.
      const pending = [...inserts.values()];
      const result = await manager.insert(
        CandidateEntity,
        pending.map((insert) => insert.values),
      );
      pending.forEach((insert, position) => {
        const id = result.identifiers[position].id as string;
        const [first, ...repeats] = insert.indexes;
        touched.push(id);
        outcomes[first] = { kind: 'created', candidateId: id };
        for (const index of repeats) {
          const outcome = outcomes[index];
          if (outcome && outcome.kind !== 'rejected') outcomes[index] = { kind: outcome.kind, candidateId: id };
        }
      });
    }
    for (const { row, changes } of updates.values()) {
      if (Object.keys(changes).length === 0) continue;
      const set: ColumnValues = { ...changes };
      if (changes.desiredOccupationCodes || changes.experienceOccupationCodes) {
        set.occupationPrefixes = occupationPrefixes([
          ...(changes.desiredOccupationCodes ?? row.desired_occupation_codes),
          ...(changes.experienceOccupationCodes ?? row.experience_occupation_codes),
        ]);
      }
      await manager
        .createQueryBuilder()
        .update(CandidateEntity)
        .set({ ...set, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: row.id })
        .execute();
      touched.push(row.id);
    }
    if (touched.length) {
      await recordOutboxEvent(manager, {
        topic: CandidateEvent.IMPORTED,
        aggregateType: CANDIDATE_AGGREGATE,
        aggregateId: touched[0],
        payload: { jobcentreId, candidateIds: touched.join(',') },
      });
    }
    return outcomes.map((outcome) => {
      if (!outcome) throw new Error('importBatch: a row without outcome');
      return outcome;
    });
  }

  /** What an import row may add to a record: its contact (encrypted), occupations, skills, language levels. */
  private fillable(candidate: ValidatedCandidate): Fillable {
    return {
      emailEncrypted: this.crypto.encryptOptional('email', candidate.email),
      phoneEncrypted: this.crypto.encryptOptional('phone', candidate.phone),
      desiredOccupationCodes: candidate.desiredOccupationCodes,
      experienceOccupationCodes: candidate.experienceOccupationCodes,
      skillCodes: candidate.skillCodes,
      danishLevel: candidate.input.danishLevel,
      englishLevel: candidate.input.englishLevel,
    };
  }
}

function codesOf(candidate: ValidatedCandidate) {
  return {
    desiredOccupationCodes: candidate.desiredOccupationCodes,
    experienceOccupationCodes: candidate.experienceOccupationCodes,
    skillCodes: candidate.skillCodes,
  };
}

function rejection(error: unknown): CandidateImportOutcome {
  if (error instanceof ReferenceDataException)
    return { kind: 'rejected', code: error.code, field: error.field ?? null, message: error.message };
  if (!(error instanceof CandidateException)) throw error;
  return { kind: 'rejected', code: error.code, field: error.field ?? null, message: error.message };
}

type FillableRow = Pick<
  ExistingRow,
  | 'email_encrypted'
  | 'phone_encrypted'
  | 'desired_occupation_codes'
  | 'experience_occupation_codes'
  | 'skill_codes'
  | 'danish_level'
  | 'english_level'
>;

function valuesAsRow(values: ColumnValues): FillableRow {
  return {
    email_encrypted: values.emailEncrypted ?? null,
    phone_encrypted: values.phoneEncrypted ?? null,
    desired_occupation_codes: values.desiredOccupationCodes ?? [],
    experience_occupation_codes: values.experienceOccupationCodes ?? [],
    skill_codes: values.skillCodes ?? [],
    danish_level: values.danishLevel ?? LanguageLevel.NONE,
    english_level: values.englishLevel ?? LanguageLevel.NONE,
  };
}

function prefixesOf(values: ColumnValues): string[] {
  return occupationPrefixes([...(values.desiredOccupationCodes ?? []), ...(values.experienceOccupationCodes ?? [])]);
}

/**
 * Copies into `target` each field of `fill` that has a value while the record
 * (`current`, plus what `target` already holds) has none; true when anything was copied.
 */
function fillEmpty(target: Fillable, current: FillableRow, fill: Fillable): boolean {
  let changed = false;
  const set = <K extends keyof Fillable>(key: K, empty: boolean, value: Fillable[K]) => {
    if (target[key] !== undefined && !isEmptyValue(target[key])) empty = false;
    if (empty && !isEmptyValue(value)) {
      target[key] = value;
      changed = true;
    }
  };
  set('emailEncrypted', current.email_encrypted === null, fill.emailEncrypted);
  set('phoneEncrypted', current.phone_encrypted === null, fill.phoneEncrypted);
  set('desiredOccupationCodes', current.desired_occupation_codes.length === 0, fill.desiredOccupationCodes);
  set('experienceOccupationCodes', current.experience_occupation_codes.length === 0, fill.experienceOccupationCodes);
  set('skillCodes', current.skill_codes.length === 0, fill.skillCodes);
  set('danishLevel', current.danish_level === LanguageLevel.NONE, fill.danishLevel);
  set('englishLevel', current.english_level === LanguageLevel.NONE, fill.englishLevel);
  return changed;
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === LanguageLevel.NONE || (Array.isArray(value) && value.length === 0);
}
