import { registerEnumType } from '@nestjs/graphql';
import { ResidenceBasis } from '@igu/eligibility';
import { CandidateStatus } from '../candidate-status.js';

registerEnumType(ResidenceBasis, { name: 'ResidenceBasis' });
registerEnumType(CandidateStatus, { name: 'CandidateStatus' });

export { CandidateStatus, ResidenceBasis };
