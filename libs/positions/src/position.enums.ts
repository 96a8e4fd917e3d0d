import { registerEnumType } from '@nestjs/graphql';

export enum PositionKind {
  JOB = 'JOB',
  IGU = 'IGU',
  INTERNSHIP = 'INTERNSHIP',
  WAGE_SUBSIDY = 'WAGE_SUBSIDY',
}

export enum PositionStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}

registerEnumType(PositionKind, {
  name: 'PositionKind',
  valuesMap: {
    JOB: { description: 'Ordinary vacancy' },
    IGU: { description: 'Integrationsgrunduddannelse: 2 years of paid work with school periods' },
    INTERNSHIP: { description: 'Virksomhedspraktik' },
    WAGE_SUBSIDY: { description: 'Løntilskud' },
  },
});

registerEnumType(PositionStatus, { name: 'PositionStatus' });
