import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '@igu/graphql';
import { MunicipalityObject } from '@igu/reference-data';
import type { Figure } from '../rules/municipality-stats.view.js';

@ObjectType('MunicipalityStats', { description: 'Counts below 5 are suppressed (null, suppressed = true), as official statistics do' })
export class MunicipalityStatsObject {
  @Field(() => MunicipalityObject)
  municipality!: MunicipalityObject;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => Boolean, { description: 'A count of the row is from 1 to 4: every figure is null' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: 'Candidates whose arrival in the municipality lies in [from, to]' })
  candidatesArrived!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of arrived candidates, [0, 1], first offered by the target date (arrival + 14 days)',
  })
  offeredWithin14Days!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of arrived candidates, [0, 1], first offered by the deadline (arrival + 1 month)',
  })
  offeredWithin1Month!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from arrival to first offer, of the arrived candidates offered so far' })
  medianDaysToFirstOffer!: number | null;

  @Field(() => Int, { nullable: true, description: 'Arrived candidates without an offer whose deadline lies before today' })
  overdueWithoutOffer!: number | null;

  @Field(() => Int, { nullable: true, description: 'Proposals created in the period for candidates of the municipality' })
  proposalsSent!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Programmes started in the period where the candidate's and the position's municipalities differ",
  })
  crossMunicipalityPlacements!: number | null;

  @Field(() => Int, { nullable: true, description: 'IGU programmes started in the period' })
  iguStarted!: number | null;

  @Field(() => Int, { nullable: true, description: 'IGU programmes active on `to`' })
  iguActive!: number | null;
}

/** How `municipalityStats` orders its rows. */
export enum MunicipalityStatsSort {
  MUNICIPALITY_NAME = 'MUNICIPALITY_NAME',
  CANDIDATES_ARRIVED = 'CANDIDATES_ARRIVED',
  OFFERED_WITHIN_14_DAYS = 'OFFERED_WITHIN_14_DAYS',
  OFFERED_WITHIN_1_MONTH = 'OFFERED_WITHIN_1_MONTH',
  MEDIAN_DAYS_TO_FIRST_OFFER = 'MEDIAN_DAYS_TO_FIRST_OFFER',
  OVERDUE_WITHOUT_OFFER = 'OVERDUE_WITHOUT_OFFER',
  PROPOSALS_SENT = 'PROPOSALS_SENT',
  CROSS_MUNICIPALITY_PLACEMENTS = 'CROSS_MUNICIPALITY_PLACEMENTS',
  IGU_STARTED = 'IGU_STARTED',
  IGU_ACTIVE = 'IGU_ACTIVE',
}

registerEnumType(MunicipalityStatsSort, {
  name: 'MunicipalityStatsSort',
  description:
    'MUNICIPALITY_NAME: Danish alphabetical order (Aabenraa and Aarhus after Ærø); a figure: largest first, suppressed rows last, ties by name',
});

export const SORT_FIGURE: Record<MunicipalityStatsSort, Figure | null> = {
  [MunicipalityStatsSort.MUNICIPALITY_NAME]: null,
  [MunicipalityStatsSort.CANDIDATES_ARRIVED]: 'candidatesArrived',
  [MunicipalityStatsSort.OFFERED_WITHIN_14_DAYS]: 'offeredWithin14Days',
  [MunicipalityStatsSort.OFFERED_WITHIN_1_MONTH]: 'offeredWithin1Month',
  [MunicipalityStatsSort.MEDIAN_DAYS_TO_FIRST_OFFER]: 'medianDaysToFirstOffer',
  [MunicipalityStatsSort.OVERDUE_WITHOUT_OFFER]: 'overdueWithoutOffer',
  [MunicipalityStatsSort.PROPOSALS_SENT]: 'proposalsSent',
  [MunicipalityStatsSort.CROSS_MUNICIPALITY_PLACEMENTS]: 'crossMunicipalityPlacements',
  [MunicipalityStatsSort.IGU_STARTED]: 'iguStarted',
  [MunicipalityStatsSort.IGU_ACTIVE]: 'iguActive',
};
