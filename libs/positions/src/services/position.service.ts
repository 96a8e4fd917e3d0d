import { Clock } from '@igu/clock';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, type Scope, scopeOf } from '@igu/access';
import { createIdempotently, IdempotencyKeyError } from '@igu/database';
import { isUuid } from '@igu/graphql';
import { recordOutboxEvent } from '@igu/queue';
import { DataSource, type EntityManager } from 'typeorm';
import { PositionSkillEntity } from '../entities/position-skill.entity.js';
import { PositionEntity } from '../entities/position.entity.js';
import { PositionStatus } from '../position.enums.js';
import { POSITION_AGGREGATE, PositionEvent, type PositionTopic } from '../events/position.events.js';
import { applyChanges, draftFromNew, type NewPosition, type PositionChanges } from '../rules/position-draft.js';
import {
  type GeoPoint,
  normaliseDraft,
  type PositionDraft,
  type PositionField,
  positionViolations,
  type RuleViolation,
} from '../rules/position-rules.js';
import { closeRefusal, editRefusal, managesPosition, publishRefusal, type Refusal, versionRefusal } from '../rules/position-transitions.js';
import { resolveReferences } from './position-references.js';
import { PositionProgrammesPort } from './position-programmes.port.js';
import { assertUnionChangeAllowed } from './union-lock.js';
import { assertStartDateChangeAllowed, recordStartDateChange } from './start-date-changes.js';
import { PositionException, PositionExceptionCode } from '../errors/position.exception.js';

export const CLOSE_REASON_MAX_LENGTH = 500;

type CompanyScope = Extract<Scope, { kind: 'company' }>;

/**
 * Creates and changes positions of the employer's own company. Every change is
 * one transaction: a conditional UPDATE on id, company, status (and version),
 * then the outbox event, so a stale or racing request changes nothing.
 */
@Injectable()
export class PositionService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PositionProgrammesPort) private readonly programmes: PositionProgrammesPort,
  ) {}

  async create(actor: Actor, input: NewPosition & { idempotencyKey?: string | null }): Promise<PositionEntity> {
    const scope = employerScope(actor);
    const { idempotencyKey, ...fields } = input;
    const { draft: raw, changed } = draftFromNew(fields);
    const draft = normaliseDraft(raw);
    const request = { userId: actor.userId, operation: 'createPosition', key: idempotencyKey, request: fields };
    let id: string;
    try {
      // Validation runs inside: a retry of an accepted request returns its result even if, say, its start date has passed since.
      id = await createIdempotently(this.dataSource, request, async (manager) => {
        throwFirst(positionViolations(draft, { today: this.clock.today(), changed }));
        const location = await this.checkReferences(manager, draft, changed);
        const inserted = await manager.insert(PositionEntity, {
          ...columnsOf(draft, location),
          kind: draft.kind,
          companyId: scope.companyId,
          status: PositionStatus.DRAFT,
        });
        const positionId = inserted.identifiers[0].id as string;
        await this.insertSkills(manager, positionId, draft);
        return positionId;
      });
    } catch (error) {
      if (error instanceof IdempotencyKeyError) {
        throw new PositionException(error.reason, error.message, 'input.idempotencyKey');
      }
      throw error;
    }
    return this.reload(id);
  }

  /** Edits a DRAFT or OPEN position at `expectedVersion`; skills are replaced in the same transaction. */
  async update(actor: Actor, id: string, expectedVersion: number, changes: PositionChanges): Promise<PositionEntity> {
    const scope = employerScope(actor);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.owned(manager, scope, id);
      throwRefusal(editRefusal(current.status, new Set()) ?? versionRefusal(current.version, expectedVersion));
      const currentSkills = await manager.find(PositionSkillEntity, { where: { positionId: id }, order: { skillCode: 'ASC' } });
      const applied = applyChanges(draftOf(current, currentSkills), changes);
      if ('missing' in applied) {
        throw new PositionException(
          PositionExceptionCode.VALUE_REQUIRED,
          `${applied.missing} cannot be cleared`,
          `input.${applied.missing}`,
        );
      }
      throwRefusal(editRefusal(current.status, applied.changed));
      if (applied.changed.size === 0) return current;
      const draft = normaliseDraft(applied.draft);
      const today = this.clock.today();
      throwFirst(positionViolations(draft, { today, changed: applied.changed }));
      const location = await this.checkReferences(manager, draft, applied.changed);
      const movesOpenStart = current.status === PositionStatus.OPEN && draft.startDate !== current.startDate;
      if (movesOpenStart) await assertStartDateChangeAllowed(manager, id, today);
      if (current.status === PositionStatus.OPEN && draft.unionId !== current.unionId)
        await assertUnionChangeAllowed(manager, id, this.programmes);
      const result = await manager
        .createQueryBuilder()
        .update(PositionEntity)
        .set({ ...columnsOf(draft, location), version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND company_id = :companyId AND version = :expectedVersion AND status = :status', {
          id,
          companyId: scope.companyId,
          expectedVersion,
          status: current.status,
        })
        .returning(['version'])
        .execute();
      if (!result.affected) {
        // Another request changed the row since it was read: say what, else the version moved.
        await this.explainFailedUpdate(manager, scope, id, expectedVersion, editRefusalOf(applied.changed));
        throwRefusal(versionRefusal(current.version + 1, expectedVersion));
      }
      if (movesOpenStart) {
        await recordStartDateChange(manager, {
          positionId: id,
          changedBy: actor.userId,
          changedOn: today,
          oldStartDate: current.startDate,
          newStartDate: draft.startDate,
        });
      }
      if (applied.changed.has('skills')) {
        await manager.delete(PositionSkillEntity, { positionId: id });
        await this.insertSkills(manager, id, draft);
      }
      if (current.status === PositionStatus.OPEN) {
        const [{ version }] = result.raw as { version: number }[];
        await this.announce(manager, PositionEvent.CHANGED, id, version);
      }
      return manager.findOneByOrFail(PositionEntity, { id });
    });
  }

  /** DRAFT → OPEN; refused while the application deadline has passed. */
  async publish(actor: Actor, id: string, expectedVersion?: number | null): Promise<PositionEntity> {
    const scope = employerScope(actor);
    const today = this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.transition(manager, scope, id, expectedVersion, publishRefusal, {
        set: `status = 'OPEN', published_at = now()`,
        from: [PositionStatus.DRAFT],
        extra: { sql: 'AND (application_deadline IS NULL OR application_deadline >= $5::date)', values: [today] },
      });
      if (rows === null) {
        throw new PositionException(
          PositionExceptionCode.APPLICATION_DEADLINE_IN_PAST,
          'The application deadline has passed; move it before publishing',
          'applicationDeadline',
        );
      }
      await this.announce(manager, PositionEvent.PUBLISHED, id, rows.version);
      return manager.findOneByOrFail(PositionEntity, { id });
    });
  }

  /** DRAFT or OPEN → CLOSED, with an optional reason. */
  async close(actor: Actor, id: string, reason: string | null | undefined, expectedVersion?: number | null): Promise<PositionEntity> {
    const scope = employerScope(actor);
    const closeReason = reason?.trim() || null;
    if (closeReason && closeReason.length > CLOSE_REASON_MAX_LENGTH) {
      throw new PositionException(
        PositionExceptionCode.CLOSE_REASON_TOO_LONG,
        `The reason must be at most ${CLOSE_REASON_MAX_LENGTH} characters`,
        'reason',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.transition(manager, scope, id, expectedVersion, closeRefusal, {
        set: `status = 'CLOSED', closed_at = now(), close_reason = $5`,
        from: [PositionStatus.DRAFT, PositionStatus.OPEN],
        extra: { sql: '', values: [closeReason] },
      });
      if (!rows) throw new PositionException(PositionExceptionCode.ILLEGAL_TRANSITION, 'The position changed while closing it; reload it');
      await this.announce(manager, PositionEvent.CLOSED, id, rows.version);
      return manager.findOneByOrFail(PositionEntity, { id });
    });
  }

  /**
   * One conditional UPDATE for a status change. 0 rows: explains why (NOT_FOUND,
   * CONFLICT) from the current row; returns null when only `extra` failed.
   */
  private async transition(
    manager: EntityManager,
    scope: CompanyScope,
    id: string,
    expectedVersion: number | null | undefined,
    refusal: (status: PositionStatus) => Refusal | null,
    change: { set: string; from: PositionStatus[]; extra: { sql: string; values: unknown[] } },
  ): Promise<{ version: number } | null> {
    if (!isUuid(id)) throw new PositionException(PositionExceptionCode.POSITION_NOT_FOUND, 'Position not found');
    const [rows] = await manager.query<[{ version: number }[], number]>(
      `UPDATE position SET ${change.set}, version = version + 1, updated_at = now()
       WHERE id = $1 AND company_id = $2 AND status = ANY($3::position_status[])
         AND ($4::int IS NULL OR version = $4::int) ${change.extra.sql}
       RETURNING version`,
      [id, scope.companyId, change.from, expectedVersion ?? null, ...change.extra.values],
    );
    if (rows.length > 0) return rows[0];
    await this.explainFailedUpdate(manager, scope, id, expectedVersion, refusal);
    return null;
  }

  /** After a conditional UPDATE matched nothing: NOT_FOUND or the CONFLICT that applies. */
  private async explainFailedUpdate(
    manager: EntityManager,
    scope: CompanyScope,
    id: string,
    expectedVersion: number | null | undefined,
    refusal: (status: PositionStatus) => Refusal | null,
  ): Promise<void> {
    const current = await this.owned(manager, scope, id);
    throwRefusal(refusal(current.status) ?? versionRefusal(current.version, expectedVersion));
  }

  /** The position if it belongs to the employer's company; NOT_FOUND otherwise. */
  private async owned(manager: EntityManager, scope: CompanyScope, id: string): Promise<PositionEntity> {
    const position = isUuid(id) ? await manager.findOneBy(PositionEntity, { id }) : null;
    if (!position || !managesPosition(scope, position))
      throw new PositionException(PositionExceptionCode.POSITION_NOT_FOUND, 'Position not found');
    return position;
  }

  private async checkReferences(manager: EntityManager, draft: PositionDraft, changed: ReadonlySet<PositionField>): Promise<GeoPoint> {
    const { violations, centre } = await resolveReferences(manager, draft, changed);
    throwFirst(violations);
    return draft.location ?? centre!;
  }

  private async insertSkills(manager: EntityManager, positionId: string, draft: PositionDraft): Promise<void> {
    if (draft.skills.length === 0) return;
    await manager.insert(
      PositionSkillEntity,
      draft.skills.map(({ skillCode, required }) => ({ positionId, skillCode, required })),
    );
  }

  private announce(manager: EntityManager, topic: PositionTopic, positionId: string, version: number): Promise<void> {
    return recordOutboxEvent(manager, {
      topic,
      aggregateType: POSITION_AGGREGATE,
      aggregateId: positionId,
      payload: { positionId, version },
    });
  }

  private reload(id: string): Promise<PositionEntity> {
    return this.dataSource.getRepository(PositionEntity).findOneByOrFail({ id });
  }
}

function employerScope(actor: Actor): CompanyScope {
  const scope = scopeOf(actor);
  // The resolvers allow EMPLOYER only; this keeps the service safe on its own.
  if (scope.kind !== 'company') throw new PositionException(PositionExceptionCode.ROLE_NOT_ALLOWED, 'Only employers manage positions');
  return scope;
}

function editRefusalOf(changed: ReadonlySet<PositionField>) {
  return (status: PositionStatus) => editRefusal(status, changed);
}

function throwFirst(violations: readonly RuleViolation[]): void {
  const first = violations.at(0);
  if (!first) return;
  const others = violations.length > 1 ? { violations: violations.map(({ reason, field }) => ({ reason, field })) } : undefined;
  throw new PositionException(first.reason, first.message, first.field, others);
}

function throwRefusal(refusal: Refusal | null): void {
  if (refusal) throw new PositionException(refusal.reason, refusal.message);
}

function draftOf(position: PositionEntity, skills: readonly PositionSkillEntity[]): PositionDraft {
  return {
    kind: position.kind,
    title: position.title,
    description: position.description,
    occupationCode: position.occupationCode,
    municipalityCode: position.municipalityCode,
    location: { latitude: position.latitude, longitude: position.longitude },
    weeklyHours: position.weeklyHours,
    openings: position.openings,
    startDate: position.startDate,
    applicationDeadline: position.applicationDeadline,
    requiredDanishLevel: position.requiredDanishLevel,
    drivingLicenceRequired: position.drivingLicenceRequired,
    skills: skills.map(({ skillCode, required }) => ({ skillCode, required })),
    unionId: position.unionId,
    collectiveAgreement: position.collectiveAgreement,
    hourlyWageDkk: position.hourlyWageDkk,
  };
}

/** The row's columns from a checked draft (kind and company never change). */
function columnsOf(draft: PositionDraft, location: GeoPoint) {
  return {
    title: draft.title,
    description: draft.description,
    occupationCode: draft.occupationCode,
    municipalityCode: draft.municipalityCode,
    latitude: location.latitude,
    longitude: location.longitude,
    weeklyHours: draft.weeklyHours,
    openings: draft.openings,
    startDate: draft.startDate,
    applicationDeadline: draft.applicationDeadline,
    requiredDanishLevel: draft.requiredDanishLevel,
    drivingLicenceRequired: draft.drivingLicenceRequired,
    unionId: draft.unionId,
    collectiveAgreement: draft.collectiveAgreement,
    hourlyWageDkk: draft.hourlyWageDkk,
  };
}
