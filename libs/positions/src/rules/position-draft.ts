import type { LanguageLevel } from '@igu/reference-data';
import type { PositionKind } from '../position.enums.js';
import type { GeoPoint, PositionDraft, PositionField, PositionSkillDraft } from './position-rules.js';

/** An update as the API receives it: absent = keep, null = clear (where the field may be empty). */
export type PositionChanges = {
  [K in Exclude<PositionField, 'kind'>]?: PositionDraft[K] | null;
};

/** What createPosition receives (GraphQL has applied the contract's defaults). */
export interface NewPosition {
  kind: PositionKind;
  title: string;
  description: string;
  occupationCode: string;
  municipalityCode: number;
  location?: GeoPoint | null;
  weeklyHours: number;
  openings: number;
  startDate?: string | null;
  applicationDeadline?: string | null;
  requiredDanishLevel: LanguageLevel;
  drivingLicenceRequired: boolean;
  skills: PositionSkillDraft[];
  unionId?: string | null;
  collectiveAgreement?: string | null;
  hourlyWageDkk?: number | null;
}

/** Fields that must keep a value; an update may not set them to null. */
const REQUIRED: ReadonlySet<PositionField> = new Set<PositionField>([
  'title',
  'description',
  'occupationCode',
  'municipalityCode',
  'weeklyHours',
  'openings',
  'requiredDanishLevel',
  'drivingLicenceRequired',
  'skills',
]);

const FIELDS: readonly PositionField[] = [
  'kind',
  'title',
  'description',
  'occupationCode',
  'municipalityCode',
  'location',
  'weeklyHours',
  'openings',
  'startDate',
  'applicationDeadline',
  'requiredDanishLevel',
  'drivingLicenceRequired',
  'skills',
  'unionId',
  'collectiveAgreement',
  'hourlyWageDkk',
];

export function draftFromNew(input: NewPosition): { draft: PositionDraft; changed: ReadonlySet<PositionField> } {
  return {
    draft: {
      ...input,
      location: input.location ?? null,
      startDate: input.startDate ?? null,
      applicationDeadline: input.applicationDeadline ?? null,
      unionId: input.unionId ?? null,
      collectiveAgreement: input.collectiveAgreement ?? null,
      hourlyWageDkk: input.hourlyWageDkk ?? null,
      skills: input.skills.map(({ skillCode, required }) => ({ skillCode, required })),
    },
    changed: new Set(FIELDS),
  };
}

export type AppliedChanges = { draft: PositionDraft; changed: ReadonlySet<PositionField> } | { missing: PositionField };

/**
 * Merges an update into the current draft. Only values that differ count as
 * changed, so a client may resend a whole form. A new municipality without a
 * new location moves the location to the new municipality's centre (null), as
 * does an explicit `location: null`.
 */
export function applyChanges(current: PositionDraft, changes: PositionChanges): AppliedChanges {
  const draft: Record<string, unknown> = { ...current };
  const changed = new Set<PositionField>();
  for (const field of FIELDS) {
    if (field === 'kind' || changes[field] === undefined) continue;
    const value = changes[field];
    if (value === null && REQUIRED.has(field)) return { missing: field };
    if (sameValue(value, current[field])) continue;
    draft[field] = value;
    changed.add(field);
  }
  if (changed.has('municipalityCode') && changes.location === undefined) {
    draft.location = null;
    changed.add('location');
  }
  return { draft: draft as unknown as PositionDraft, changed };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}
