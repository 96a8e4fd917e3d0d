import type { CalendarDate } from '@igu/calendar';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { recordOutboxEvent } from '@igu/queue';
import { LanguageLevel, ReferenceDataException, type ReferenceDataExceptionCode } from '@igu/reference-data';
import type { EntityManager } from 'typeorm';
import { CandidateEntity } from '../entities/candidate.entity.js';
import { CandidateException, CandidateExceptionCode } from '../errors/candidate.exception.js';
import { CANDIDATE_AGGREGATE, CandidateEvent } from '../events/candidate.events.js';
import { occupationPrefixes } from '../rules/occupation-prefixes.js';
import { copyNewCandidates } from './candidate-copy.js';
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

    const inserts = new Map<string, { indexes: number[]; candidate: ValidatedCandidate; empty: Emptiness }>();
    const updates = new Map<string, { row: ExistingRow; empty: Emptiness; changes: Partial<Fill> }>();
    for (const { index, candidate, cprIndex } of checked) {
      const current = existing.get(cprIndex);
      if (current && current.jobcentre_id !== jobcentreId) {
        outcomes[index] = DUPLICATE;
        continue;
      }
      if (current) {
        const update = updates.get(cprIndex) ?? { row: current, empty: emptinessOfRow(current), changes: {} };
        updates.set(cprIndex, update);
        const changed = fillEmpty(update.empty, update.changes, fillOf(candidate));
        outcomes[index] = { kind: changed ? 'updated' : 'unchanged', candidateId: current.id };
        continue;
      }
      const pending = inserts.get(cprIndex);
      if (pending) {
        // Repeated in the batch: like a record this jobcentre already has.
        const changes: Partial<Fill> = {};
        const changed = fillEmpty(pending.empty, changes, fillOf(candidate));
        pending.candidate = withFill(pending.candidate, changes);
        pending.indexes.push(index);
        outcomes[index] = { kind: changed ? 'updated' : 'unchanged', candidateId: '' };
        continue;
      }
      inserts.set(cprIndex, { indexes: [index], candidate, empty: emptinessOf(fillOf(candidate)) });
    }

    const touched: string[] = [];
    if (inserts.size) {
      // One COPY, ids made here (nothing to read back). A CPR registered meanwhile by another
      // transaction (a racing createCandidate or import) fails the batch on the unique index; the caller's
      // retry then finds it as existing.
      const pending = [...inserts.values()].map((insert) => ({ ...insert, id: randomUUID() }));
      await copyNewCandidates(
        manager,
        pending.map((insert) => ({ id: insert.id, ...newCandidateValues(this.crypto, jobcentreId, insert.candidate) })),
      );
      for (const { id, indexes } of pending) {
        const [first, ...repeats] = indexes;
        touched.push(id);
        outcomes[first] = { kind: 'created', candidateId: id };
        for (const index of repeats) {
          const outcome = outcomes[index];
          if (outcome && outcome.kind !== 'rejected') outcomes[index] = { kind: outcome.kind, candidateId: id };
        }
      }
    }
    for (const { row, changes } of updates.values()) {
      if (Object.keys(changes).length === 0) continue;
      await manager
        .createQueryBuilder()
        .update(CandidateEntity)
        .set({ ...this.columnsOf(row, changes), version: () => 'version + 1', updatedAt: () => 'now()' })
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

  /** The columns an update of filled-in fields sets (contact encrypted, occupation prefixes recomputed). */
  private columnsOf(row: ExistingRow, changes: Partial<Fill>): ColumnValues {
    const set: ColumnValues = {};
    if (changes.email !== undefined) set.emailEncrypted = this.crypto.encryptOptional('email', changes.email);
    if (changes.phone !== undefined) set.phoneEncrypted = this.crypto.encryptOptional('phone', changes.phone);
    if (changes.desiredOccupationCodes) set.desiredOccupationCodes = changes.desiredOccupationCodes;
    if (changes.experienceOccupationCodes) set.experienceOccupationCodes = changes.experienceOccupationCodes;
    if (changes.desiredOccupationCodes || changes.experienceOccupationCodes) {
      set.occupationPrefixes = occupationPrefixes([
        ...(changes.desiredOccupationCodes ?? row.desired_occupation_codes),
        ...(changes.experienceOccupationCodes ?? row.experience_occupation_codes),
      ]);
    }
    if (changes.skillCodes) set.skillCodes = changes.skillCodes;
    if (changes.danishLevel) set.danishLevel = changes.danishLevel;
    if (changes.englishLevel) set.englishLevel = changes.englishLevel;
    return set;
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

/** What an import row may add to a record, and only where the record has nothing yet. */
interface Fill {
  email: string | null;
  phone: string | null;
  desiredOccupationCodes: string[];
  experienceOccupationCodes: string[];
  skillCodes: string[];
  danishLevel: LanguageLevel;
  englishLevel: LanguageLevel;
}

const FILLABLE = [
  'email',
  'phone',
  'desiredOccupationCodes',
  'experienceOccupationCodes',
  'skillCodes',
  'danishLevel',
  'englishLevel',
] as const satisfies readonly (keyof Fill)[];

/** Which fillable fields a record has no value in (updated as rows fill them). */
type Emptiness = Record<keyof Fill, boolean>;

function isEmptyValue(value: unknown): boolean {
  return value === null || value === LanguageLevel.NONE || (Array.isArray(value) && value.length === 0);
}

function fillOf(candidate: ValidatedCandidate): Fill {
  return {
    email: candidate.email,
    phone: candidate.phone,
    desiredOccupationCodes: candidate.desiredOccupationCodes,
    experienceOccupationCodes: candidate.experienceOccupationCodes,
    skillCodes: candidate.skillCodes,
    danishLevel: candidate.input.danishLevel,
    englishLevel: candidate.input.englishLevel,
  };
}

function emptinessOf(fill: Fill): Emptiness {
  return Object.fromEntries(FILLABLE.map((key) => [key, isEmptyValue(fill[key])])) as Emptiness;
}

/** The stored record's emptiness, read without decrypting anything. */
function emptinessOfRow(row: ExistingRow): Emptiness {
  return emptinessOf({
    email: row.email_encrypted,
    phone: row.phone_encrypted,
    desiredOccupationCodes: row.desired_occupation_codes,
    experienceOccupationCodes: row.experience_occupation_codes,
    skillCodes: row.skill_codes,
    danishLevel: row.danish_level,
    englishLevel: row.english_level,
  });
}

/** Copies into `changes` each field of `fill` that has a value where the record is empty; true when anything was copied. */
function fillEmpty(empty: Emptiness, changes: Partial<Fill>, fill: Fill): boolean {
  let changed = false;
  for (const key of FILLABLE) {
    if (!empty[key] || isEmptyValue(fill[key])) continue;
    Object.assign(changes, { [key]: fill[key] });
    empty[key] = false;
    changed = true;
  }
  return changed;
}

/** A candidate not yet inserted, with fields filled in by a later row of the batch. */
function withFill(candidate: ValidatedCandidate, changes: Partial<Fill>): ValidatedCandidate {
  const { danishLevel, englishLevel, ...rest } = changes;
  return {
    ...candidate,
    ...rest,
    input: {
      ...candidate.input,
      danishLevel: danishLevel ?? candidate.input.danishLevel,
      englishLevel: englishLevel ?? candidate.input.englishLevel,
    },
  };
}
