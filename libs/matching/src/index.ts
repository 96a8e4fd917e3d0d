export * from './match.types.js';
export { DEFAULT_SCORING_WEIGHTS, assertValidWeights, type ScoringWeights } from './scoring/scoring-weights.js';
export { compareIds, compareRankedPairs, distanceBetween, languageOrdinal, occupationComponent, scorePair } from './scoring/score-pair.js';
export {
  availabilityComponent,
  distanceComponent,
  languageComponent,
  passesDistance,
  roundScore,
  skillsComponent,
  weightedScore,
} from './scoring/score-components.js';
export { NO_DATE, dateOfDay } from './scoring/day-number.js';
export { rankPairsNaively, type NaiveRanking, type NaiveRankingOptions } from './scoring/naive-ranking.js';
export { packCandidates, type PackCandidatesOptions, type PackedCandidates } from './engine/pack-candidates.js';
export { packPositions, type PackPositionsOptions, type PackedPositions, type PositionSchedule } from './engine/pack-positions.js';
export { skillDictionary, type SkillDictionary } from './engine/skill-dictionary.js';
export type { CandidateArrays, PositionArrays, RunArrays } from './engine/packed-arrays.js';
export type { EligibilityCache } from './engine/eligibility-cache.js';
export type { ScoringOptions } from './engine/prepare-run.js';
export { DEFAULT_TOP_K, scoreAll, type ScoreAllOptions } from './engine/score-all.js';
export { scoreAllParallel, type ScoreAllParallelOptions } from './engine/parallel/score-all-parallel.js';
export { candidateMatches, explainPair, positionMatches, type MatchRun, type ScoringContext, type TopKLists } from './engine/match-run.js';
export { ScoredRow, scoreCandidateAgainstPositions, scorePositionAgainstCandidates } from './engine/incremental.js';
export { MatchingService } from './persistence/matching.service.js';
export { loadAvailableCandidates, loadOpenPositions } from './persistence/match-data.js';
export { MatchingModule, MatchingPersonalDataModule } from './matching.module.js';
export { MatchingJob, MatchingJobsModule, registerMatchingRoutes } from './jobs/matching-jobs.module.js';
export { type CandidateChangedJobData } from './jobs/candidate-changed.processor.js';
export { type PositionChangedJobData } from './jobs/position-changed.processor.js';
export { type FullRecomputeJobData } from './jobs/full-recompute.processor.js';
export { PROPOSED_PAIR_SQL, type ProposedPairSql } from './graphql/match-visibility.js';
export { MatchQueryService } from './graphql/match-query.service.js';
export { MatchingEvent, type NewMatchesPayload, STRONG_MATCH_SCORE } from './events/matching.events.js';
export { MatchingGraphqlModule } from './graphql/matching-graphql.module.js';
import { CandidateMatchListEntity, MatchingStateEntity, PositionMatchListEntity } from './persistence/match-list.entity.js';

export { CandidateMatchListEntity, MatchingStateEntity, PositionMatchListEntity };
export const matchingEntities = [PositionMatchListEntity, CandidateMatchListEntity, MatchingStateEntity];
export { listDepth, MatchState, packBoth, type ChangedLists } from './state/match-state.js';
export type { MatchList } from './state/match-list.js';
export { iguEligibility } from './persistence/igu-eligibility.js';
