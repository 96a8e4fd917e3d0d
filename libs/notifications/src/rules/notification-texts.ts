/**
 * What a notice says, from facts that are not personal data: a candidate
 * appears only as its `reference`, positions by their title, dates only where
 * the recipient's role sees them anyway (programme dates). No name, CPR,
 * contact detail or birth/arrival date ever reaches these functions.
 */
export type NoticeFacts =
  | { kind: 'PROPOSAL_RECEIVED'; reference: string; positionTitle: string }
  | { kind: 'PROPOSAL_STATUS_CHANGED'; reference: string; positionTitle: string; status: string }
  | { kind: 'NEW_MATCHES'; side: 'position'; positionTitle: string; count: number }
  | { kind: 'NEW_MATCHES'; side: 'candidate'; reference: string; count: number }
  | { kind: 'PROGRAMME_APPROVAL_REQUESTED'; reference: string; programmeKind: string }
  | { kind: 'PROGRAMME_DECIDED'; reference: string; programmeKind: string; status: string }
  | { kind: 'FIRST_OFFER_DEADLINE_APPROACHING'; reference: string }
  | { kind: 'FIRST_OFFER_OVERDUE'; reference: string }
  | { kind: 'REGISTRATION_DEADLINE_APPROACHING'; reference: string; deadline: string }
  | { kind: 'BONUS_MILESTONE_DUE'; reference: string; milestone: string; dueOn: string; amountDkk: number }
  | { kind: 'HANDOVER_IMPORT_FINISHED'; completed: boolean; created: number; updated: number; rejected: number };

export interface NoticeText {
  title: string;
  body: string;
}

export interface NoticeTexts {
  da: NoticeText;
  en: NoticeText;
}

const PROPOSAL_STATUS: Record<string, [string, string]> = {
  PROPOSED: ['foreslået', 'proposed'],
  INTERVIEW: ['til samtale', 'invited to interview'],
  ACCEPTED: ['accepteret', 'accepted'],
  REJECTED: ['afvist', 'rejected'],
  WITHDRAWN: ['trukket tilbage', 'withdrawn'],
};

const PROGRAMME_STATUS: Record<string, [string, string]> = {
  APPROVED: ['godkendt', 'approved'],
  REJECTED: ['afvist', 'rejected'],
  CHANGES_REQUESTED: ['sendt tilbage med ønske om ændringer', 'returned with requested changes'],
};

const PROGRAMME_KIND: Record<string, [string, string]> = {
  IGU: ['IGU-forløb', 'IGU programme'],
  INTERNSHIP: ['virksomhedspraktik', 'internship'],
  WAGE_SUBSIDY: ['løntilskud', 'wage subsidy'],
};

const MILESTONE: Record<string, [string, string]> = {
  SIX_MONTHS: ['efter 6 måneder', 'after 6 months'],
  COMPLETION: ['ved afslutning', 'at completion'],
};

const label = (table: Record<string, [string, string]>, value: string): [string, string] => table[value] ?? [value, value];
const amount = (dkk: number) => dkk.toLocaleString('da-DK');

export function noticeTexts(facts: NoticeFacts): NoticeTexts {
  switch (facts.kind) {
    case 'PROPOSAL_RECEIVED':
      return {
        da: {
          title: 'Nyt kandidatforslag',
          body: `Jobcentret foreslår kandidat ${facts.reference} til stillingen "${facts.positionTitle}".`,
        },
        en: {
          title: 'New candidate proposal',
          body: `The jobcentre proposes candidate ${facts.reference} for the position "${facts.positionTitle}".`,
        },
      };
    case 'PROPOSAL_STATUS_CHANGED': {
      const [da, en] = label(PROPOSAL_STATUS, facts.status);
      return {
        da: { title: 'Forslag opdateret', body: `Forslaget af kandidat ${facts.reference} til "${facts.positionTitle}" er nu ${da}.` },
        en: { title: 'Proposal updated', body: `The proposal of candidate ${facts.reference} for "${facts.positionTitle}" is now ${en}.` },
      };
    }
    case 'NEW_MATCHES':
      return facts.side === 'position'
        ? {
            da: {
              title: 'Nye stærke match',
              body: `Stillingen "${facts.positionTitle}" har ${facts.count} kandidat(er) med en score på mindst 0,7.`,
            },
            en: {
              title: 'New strong matches',
              body: `The position "${facts.positionTitle}" has ${facts.count} candidate(s) scoring at least 0.7.`,
            },
          }
        : {
            da: {
              title: 'Nye stærke match',
              body: `Kandidat ${facts.reference} har ${facts.count} stilling(er) med en score på mindst 0,7.`,
            },
            en: { title: 'New strong matches', body: `Candidate ${facts.reference} has ${facts.count} position(s) scoring at least 0.7.` },
          };
    case 'PROGRAMME_APPROVAL_REQUESTED': {
      const [da, en] = label(PROGRAMME_KIND, facts.programmeKind);
      return {
        da: { title: 'Forløb til godkendelse', body: `Et ${da} for kandidat ${facts.reference} venter på fagforeningens godkendelse.` },
        en: { title: 'Programme awaiting approval', body: `An ${en} for candidate ${facts.reference} awaits the union's approval.` },
      };
    }
    case 'PROGRAMME_DECIDED': {
      const [kindDa, kindEn] = label(PROGRAMME_KIND, facts.programmeKind);
      const [da, en] = label(PROGRAMME_STATUS, facts.status);
      return {
        da: { title: 'Forløb afgjort', body: `Fagforeningens afgørelse om ${kindDa} for kandidat ${facts.reference}: ${da}.` },
        en: { title: 'Programme decided', body: `The union has decided on the ${kindEn} for candidate ${facts.reference}: ${en}.` },
      };
    }
    case 'FIRST_OFFER_DEADLINE_APPROACHING':
      return {
        da: {
          title: 'Første tilbud: måldato passeret',
          body: `Kandidat ${facts.reference} har endnu ikke fået et tilbud, og måldatoen er passeret.`,
        },
        en: {
          title: 'First offer: target date passed',
          body: `Candidate ${facts.reference} has no offer yet, and the target date has passed.`,
        },
      };
    case 'FIRST_OFFER_OVERDUE':
      return {
        da: { title: 'Første tilbud: fristen er overskredet', body: `Kandidat ${facts.reference} har ikke fået et tilbud inden fristen.` },
        en: { title: 'First offer: deadline passed', body: `Candidate ${facts.reference} did not get an offer before the deadline.` },
      };
    case 'REGISTRATION_DEADLINE_APPROACHING':
      return {
        da: {
          title: 'Frist for registrering nærmer sig',
          body: `IGU-forløbet for kandidat ${facts.reference} skal registreres senest ${facts.deadline}.`,
        },
        en: {
          title: 'Registration deadline approaching',
          body: `The IGU programme for candidate ${facts.reference} must be registered by ${facts.deadline}.`,
        },
      };
    case 'BONUS_MILESTONE_DUE': {
      const [da, en] = label(MILESTONE, facts.milestone);
      return {
        da: {
          title: 'Bonus kan søges',
          body: `IGU-bonus ${da} (${amount(facts.amountDkk)} kr.) for kandidat ${facts.reference} forfalder ${facts.dueOn}.`,
        },
        en: {
          title: 'Bonus milestone due',
          body: `The IGU bonus ${en} (DKK ${amount(facts.amountDkk)}) for candidate ${facts.reference} is due on ${facts.dueOn}.`,
        },
      };
    }
    case 'HANDOVER_IMPORT_FINISHED':
      return facts.completed
        ? {
            da: {
              title: 'Overlevering indlæst',
              body: `Overleveringsfilen er indlæst: ${amount(facts.created)} nye kandidater, ${amount(facts.updated)} opdateret, ${amount(facts.rejected)} rækker med fejl.`,
            },
            en: {
              title: 'Handover imported',
              body: `The handover file is imported: ${amount(facts.created)} new candidates, ${amount(facts.updated)} updated, ${amount(facts.rejected)} rows with problems.`,
            },
          }
        : {
            da: { title: 'Overlevering fejlede', body: 'Overleveringsfilen kunne ikke indlæses. Se importen for årsagen.' },
            en: { title: 'Handover failed', body: 'The handover file could not be imported. See the import for the reason.' },
          };
  }
}
