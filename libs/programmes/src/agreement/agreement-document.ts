import type { CalendarDate } from '@igu/calendar';
import type { ApprovalDecision, BonusMilestone, ProgrammeStatus } from '@igu/programme-rules';
import PDFDocument from 'pdfkit';
import { agreementFontPaths } from './agreement-fonts.js';

/** What the IGU agreement and education plan show: the fields the registration with the authorities needs. */
export interface AgreementData {
  programmeId: string;
  status: ProgrammeStatus;
  employer: { name: string; cvr: string; municipality: string; publicEmployer: boolean };
  jobcentre: { name: string; municipalities: { code: number; name: string }[] };
  /** `fullName` only for viewers who may see it (the candidate's jobcentre; the employer once accepted); never a CPR. */
  candidate: { reference: string; fullName: string | null };
  position: { title: string; occupationCode: string; occupationTitle: string };
  startDate: CalendarDate;
  endDate: CalendarDate;
  weeklyWorkHours: number;
  hourlyWageDkk: number | null;
  collectiveAgreement: string | null;
  schoolPeriods: { startDate: CalendarDate; endDate: CalendarDate; description: string | null; weeks: number }[];
  totalSchoolWeeks: number;
  union: { name: string } | null;
  /** The union's latest decision, if any. */
  decision: { decision: ApprovalDecision; on: CalendarDate } | null;
  bonusMilestones: BonusMilestone[];
  registrationDeadline: CalendarDate | null;
  /** Until the union has approved, the milestones the agreement plans; from then on those it earns. */
  bonusPlanned: boolean;
  createdOn: CalendarDate;
  /** The document's creation (the clock's), written into it and its metadata. */
  generatedAt: Date;
  generatedOn: CalendarDate;
}

const STATUS_TEXT: Readonly<Record<ProgrammeStatus, string>> = {
  DRAFT: 'Kladde',
  PENDING_APPROVAL: 'Afventer faglig organisations godkendelse',
  CHANGES_REQUESTED: 'Ændringer ønsket af faglig organisation',
  APPROVED: 'Godkendt',
  REJECTED: 'Afvist',
  ACTIVE: 'I gang',
  COMPLETED: 'Gennemført',
  TERMINATED: 'Afbrudt',
  WITHDRAWN: 'Trukket tilbage',
};

const DECISION_TEXT: Readonly<Record<ApprovalDecision, string>> = {
  APPROVE: 'Godkendt',
  REQUEST_CHANGES: 'Ændringer ønsket',
  REJECT: 'Afvist',
};

const BONUS_TEXT: Readonly<Record<BonusMilestone['kind'], string>> = {
  SIX_MONTHS: 'Efter 6 måneder',
  COMPLETION: 'Ved gennemført forløb (24 måneder)',
};

const DATE_FORMAT = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const AMOUNT_FORMAT = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const WHOLE_AMOUNT_FORMAT = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const HOURS_FORMAT = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** A Danish calendar day as Danish text, e.g. "1. marts 2027". */
export function danishDate(date: CalendarDate): string {
  return DATE_FORMAT.format(new Date(`${date}T00:00:00Z`));
}

export function danishAmount(dkk: number, decimals = true): string {
  return `${(decimals ? AMOUNT_FORMAT : WHOLE_AMOUNT_FORMAT).format(dkk)} kr.`;
}

/**
 * The IGU agreement and education plan as a PDF (pdfkit, A4, Danish). A
 * working document for the parties and the registration with the
 * authorities, not a signed contract: it states its status.
 */
export function agreementPdf(data: AgreementData): Promise<Buffer> {
  const fonts = agreementFontPaths();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: 'da-DK',
    info: {
      Title: 'IGU-aftale og uddannelsesplan',
      Subject: `Integrationsgrunduddannelse, ${data.position.title}`,
      Creator: 'IGU Match',
      CreationDate: data.generatedAt,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => doc.moveDown(0.8).font('bold').fontSize(12).text(text).moveDown(0.2);
  const field = (label: string, value: string) =>
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('regular').text(value);
  const line = (text: string) => doc.font('regular').fontSize(10).text(text);

  doc.font('bold').fontSize(16).text('Aftale om integrationsgrunduddannelse (IGU)');
  doc.font('regular').fontSize(11).text('Aftale og uddannelsesplan');
  doc.moveDown(0.3);
  field('Status', STATUS_TEXT[data.status]);
  field('Oprettet', danishDate(data.createdOn));
  field('Forløbs-id', data.programmeId);

  heading('1. Parterne');
  field('Arbejdsgiver', data.employer.name);
  field('CVR-nr.', data.employer.cvr);
  field('Kommune', data.employer.municipality);
  field('Arbejdsgivertype', data.employer.publicEmployer ? 'Offentlig' : 'Privat');
  doc.moveDown(0.3);
  field('Medarbejder (IGU-elev)', data.candidate.fullName ?? `Kandidat ${data.candidate.reference}`);
  field('Kandidat-reference', data.candidate.reference);
  doc.moveDown(0.3);
  field('Jobcenter', data.jobcentre.name);
  field(
    data.jobcentre.municipalities.length === 1 ? 'Kommune' : 'Kommuner',
    data.jobcentre.municipalities.map((m) => `${m.name} (kommunekode ${m.code})`).join(', '),
  );

  heading('2. Stilling og ansættelse');
  field('Stilling', data.position.title);
  field('Fagområde (DISCO-08)', `${data.position.occupationCode} ${data.position.occupationTitle}`);
  field('Startdato', danishDate(data.startDate));
  field('Slutdato', `${danishDate(data.endDate)} (24 måneder)`);
  field('Ugentlig arbejdstid', `${HOURS_FORMAT.format(data.weeklyWorkHours)} timer`);
  field('Timeløn', data.hourlyWageDkk === null ? 'Ikke angivet' : danishAmount(data.hourlyWageDkk));
  field('Overenskomst', data.collectiveAgreement ?? 'Ikke angivet');

  heading('3. Uddannelsesplan (skoleperioder)');
  if (data.schoolPeriods.length === 0) line('Ingen skoleperioder angivet.');
  data.schoolPeriods.forEach((period, index) => {
    const description = period.description ? `, ${period.description}` : '';
    line(`${index + 1}. ${danishDate(period.startDate)} – ${danishDate(period.endDate)}: ${period.weeks} uger${description}`);
  });
  field('Skoleuger i alt', String(data.totalSchoolWeeks));

  heading('4. Faglig organisations godkendelse');
  field('Faglig organisation', data.union?.name ?? 'Ikke angivet');
  field(
    'Afgørelse',
    data.decision ? `${DECISION_TEXT[data.decision.decision]} den ${danishDate(data.decision.on)}` : 'Endnu ingen afgørelse',
  );

  heading(data.bonusPlanned ? '5. Bonus til arbejdsgiver (planlagt)' : '5. Bonus til arbejdsgiver');
  if (data.bonusMilestones.length === 0) line('Ingen bonus (kun private arbejdsgivere modtager IGU-bonus).');
  for (const milestone of data.bonusMilestones) {
    line(`${BONUS_TEXT[milestone.kind]}: ${danishAmount(milestone.amountDkk, false)}, forfalder ${danishDate(milestone.dueOn)}`);
  }

  heading('6. Registrering');
  field(
    'Registreringsfrist',
    data.registrationDeadline
      ? `${danishDate(data.registrationDeadline)} (aftale og uddannelsesplan registreres senest 1 måned efter start)`
      : '—',
  );

  doc.moveDown(1.5);
  doc
    .font('regular')
    .fontSize(8)
    .fillColor('#555555')
    .text(`Dannet af IGU Match ${danishDate(data.generatedOn)}. Dokumentet indeholder ikke CPR-nummer.`);
  doc.end();
  return done;
}
