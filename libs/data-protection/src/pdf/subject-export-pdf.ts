import PDFDocument from 'pdfkit';
import type { SubjectExport } from '../services/subject-export.service.js';

/** Danish headings of the export's sections; a section added by a later feature shows under its own name. */
const SECTION_TITLES: Record<string, string> = {
  candidate: 'Personoplysninger og profil',
  proposals: 'Forslag til stillinger (med historik)',
  programmes: 'Forløb (IGU, praktik, løntilskud)',
  matches: 'Viste match',
  notifications: 'Notifikationer',
  handover: 'Overdragelse fra asylcenter',
};

/** Danish labels of the fields; unknown keys are shown as they are. */
const LABELS: Record<string, string> = {
  reference: 'Reference',
  fullName: 'Navn',
  cpr: 'CPR-nummer',
  dateOfBirth: 'Fødselsdato',
  email: 'E-mail',
  phone: 'Telefon',
  municipalityCode: 'Kommunekode',
  residenceBasis: 'Opholdsgrundlag',
  arrivedInDenmarkOn: 'Ankommet til Danmark',
  arrivedInMunicipalityOn: 'Ankommet til kommunen',
  status: 'Status',
  priorIgu: 'Tidligere IGU',
  iguStartedOn: 'IGU startet',
  desiredOccupationCodes: 'Ønskede stillinger (ISCO)',
  experienceOccupationCodes: 'Erfaring (ISCO)',
  skillCodes: 'Kompetencer',
  danishLevel: 'Dansk',
  englishLevel: 'Engelsk',
  drivingLicence: 'Kørekort',
  maxCommuteKm: 'Maks. transport (km)',
  willingToRelocate: 'Villig til at flytte',
  availableFrom: 'Tilgængelig fra',
  shareProfileWithEmployers: 'Profil delt med arbejdsgivere',
  firstOfferTargetDate: 'Mål for første tilbud',
  firstOfferDeadline: 'Frist for første tilbud',
  firstOfferAt: 'Første tilbud',
  createdAt: 'Oprettet',
  updatedAt: 'Senest ændret',
  pseudonymisedAt: 'Pseudonymiseret',
  consentHistory: 'Samtykke til deling',
  shared: 'Delt',
  at: 'Tidspunkt',
  byUserId: 'Registreret af (bruger-id)',
  positionId: 'Stilling (id)',
  positionTitle: 'Stilling',
  note: 'Besked',
  crossMunicipality: 'På tværs af kommuner',
  interviewAt: 'Samtale',
  decisionReason: 'Begrundelse',
  history: 'Historik',
  kind: 'Type',
  startDate: 'Startdato',
  endDate: 'Slutdato',
  weeklyWorkHours: 'Ugentlige timer',
  hourlyWageDkk: 'Timeløn (kr.)',
  collectiveAgreement: 'Overenskomst',
  schoolPeriods: 'Skoleperioder',
  employeeRepresentativeStatement: 'Medarbejderrepræsentantens udtalelse',
  submittedAt: 'Indsendt',
  withdrawalReason: 'Begrundelse for tilbagetrækning',
  terminatedOn: 'Ophørt',
  terminationReason: 'Begrundelse for ophør',
  approvals: 'Fagforeningens afgørelser',
  decision: 'Afgørelse',
  comment: 'Kommentar',
  decidedAt: 'Afgjort',
  score: 'Score',
  computedAt: 'Beregnet',
  actorName: 'Bruger',
  actorUserId: 'Bruger-id',
  actorRole: 'Rolle',
  organisation: 'Organisation',
  operation: 'Handling',
  fields: 'Felter',
  kindOfErasure: 'Sletning',
  ground: 'Grundlag',
  erasedAt: 'Slettet',
  erasedByUserId: 'Slettet af (bruger-id)',
};

const DATE_TIME = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });

function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value instanceof Date) return DATE_TIME.format(value);
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null))
    return value.length ? value.join(', ') : '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return DATE_TIME.format(new Date(value));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The erasure record with its kind under a label of its own (`kind` is the programme type elsewhere). */
function erasureForReading({ kind, ...rest }: Record<string, unknown>): Record<string, unknown> {
  return { kindOfErasure: kind === 'RETENTION' ? 'Opbevaringsperioden udløb' : 'Efter anmodning', ...rest };
}

/**
 * The subject access export as a readable Danish PDF (GDPR art. 15 and 12(1):
 * "in a concise, transparent, intelligible form"): every section of the JSON
 * export, field by field, nested lists as numbered entries.
 */
export function renderSubjectExportPdf(data: SubjectExport): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Indsigt ${data.reference}`, Author: 'IGU Match' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text('Indsigt i personoplysninger');
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  doc.text(`Reference: ${data.reference}`);
  doc.text(`Dannet: ${DATE_TIME.format(data.generatedAt)} (pr. ${data.asOf})`);
  doc.text('Udtrækket viser alle oplysninger, systemet har om personen, og hvem der har set dem (databeskyttelsesforordningen art. 15).');

  const writeRecord = (record: Record<string, unknown>, indent: number) => {
    for (const [key, value] of Object.entries(record)) {
      if (Array.isArray(value) && value.some(isRecord)) {
        doc.font('Helvetica-Bold').text(`${LABELS[key] ?? key}:`, 50 + indent);
        writeList(value, indent + 12);
      } else if (isRecord(value)) {
        doc.font('Helvetica-Bold').text(`${LABELS[key] ?? key}:`, 50 + indent);
        writeRecord(value, indent + 12);
      } else {
        doc.font('Helvetica-Bold').text(`${LABELS[key] ?? key}: `, 50 + indent, undefined, { continued: true });
        doc.font('Helvetica').text(text(value));
      }
    }
  };
  const writeList = (items: readonly unknown[], indent: number) => {
    if (items.length === 0) doc.font('Helvetica').text('Ingen.', 50 + indent);
    items.forEach((item, index) => {
      doc
        .moveDown(0.2)
        .font('Helvetica-Oblique')
        .text(`${index + 1}.`, 50 + indent);
      if (isRecord(item)) writeRecord(item, indent + 12);
      else doc.font('Helvetica').text(text(item), 50 + indent + 12);
    });
  };
  const section = (title: string, content: unknown) => {
    doc.moveDown(1).font('Helvetica-Bold').fontSize(13).text(title, 50);
    doc.moveDown(0.3).fontSize(10);
    if (Array.isArray(content)) writeList(content, 0);
    else if (isRecord(content)) writeRecord(content, 0);
    else doc.font('Helvetica').text(text(content), 50);
  };

  for (const [name, content] of Object.entries(data.sections)) section(SECTION_TITLES[name] ?? name, content);
  section('Hvem har set oplysningerne (adgangslog)', data.accessLog);
  section('Sletning', isRecord(data.erasure) ? erasureForReading(data.erasure) : 'Oplysningerne er ikke slettet.');
  doc.end();
  return done;
}
