import type { MigrationInterface } from 'typeorm';
import { Initial1795403363398 } from './1795403363398-Initial.js';
import { Identity1795403944965 } from './1795403944965-Identity.js';
import { IdempotencyKeys1795404380445 } from './1795404380445-IdempotencyKeys.js';
import { Candidates1795405215647 } from './1795405215647-Candidates.js';
import { Positions1795405668659 } from './1795405668659-Positions.js';
import { ProposalsProgrammes1795406407038 } from './1795406407038-ProposalsProgrammes.js';
import { Matches1795409703151 } from './1795409703151-Matches.js';
import { OutboxNotify1796397963422 } from './1796397963422-OutboxNotify.js';
import { MatchLists1796398961643 } from './1796398961643-MatchLists.js';
import { CandidateIguStarted1796422459681 } from './1796422459681-CandidateIguStarted.js';
import { PositionStartDateChanges1796422746495 } from './1796422746495-PositionStartDateChanges.js';
import { ProgrammeTrust1796422830447 } from './1796422830447-ProgrammeTrust.js';
import { RefreshTokens1796424597604 } from './1796424597604-RefreshTokens.js';
import { InterviewModes1796433570254 } from './1796433570254-InterviewModes.js';
import { DataProtection1796433646319 } from './1796433646319-DataProtection.js';
import { Notifications1796433948788 } from './1796433948788-Notifications.js';
import { HandoverImports1796433839637 } from './1796433839637-HandoverImports.js';
import { ReferenceDataNotify1796506323619 } from './1796506323619-ReferenceDataNotify.js';

/** Applied in this order. `npm run migration:generate -- <Name>` adds new files; list them here. */
export const ALL_MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795403363398,
  Identity1795403944965,
  IdempotencyKeys1795404380445,
  Candidates1795405215647,
  Positions1795405668659,
  ProposalsProgrammes1795406407038,
  Matches1795409703151,
  OutboxNotify1796397963422,
  MatchLists1796398961643,
  CandidateIguStarted1796422459681,
  PositionStartDateChanges1796422746495,
  ProgrammeTrust1796422830447,
  RefreshTokens1796424597604,
  InterviewModes1796433570254,
  DataProtection1796433646319,
  Notifications1796433948788,
  HandoverImports1796433839637,
  ReferenceDataNotify1796506323619,
];
