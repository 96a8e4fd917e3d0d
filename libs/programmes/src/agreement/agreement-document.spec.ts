import { describe, expect, it } from '@jest/globals';
import { PDFParse } from 'pdf-parse';
import { type AgreementData, agreementPdf, danishAmount, danishDate } from './agreement-document.js';

async function textOf(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

const DATA: AgreementData = {
  programmeId: '0b7c6a9e-1111-4aaa-8bbb-000000000001',
  status: 'APPROVED',
  employer: { name: 'Ærø Smørrebrød ApS', cvr: '31234565', municipality: 'Ærø', publicEmployer: false },
  jobcentre: { name: 'Jobcenter Aarhus', municipalities: [{ code: 751, name: 'Aarhus' }] },
  candidate: { reference: 'K-2026-000042', fullName: 'Лейла Аль-Хасан' },
  position: { title: 'Køkkenmedhjælper', occupationCode: '9412', occupationTitle: 'Køkkenmedhjælpere' },
  startDate: '2027-03-01',
  endDate: '2029-02-28',
  weeklyWorkHours: 32.5,
  hourlyWageDkk: 142.5,
  collectiveAgreement: 'Hotel- og Restaurationsoverenskomsten',
  schoolPeriods: [{ startDate: '2027-04-05', endDate: '2027-09-10', description: 'AMU', weeks: 23 }],
  totalSchoolWeeks: 23,
  union: { name: '3F' },
  decision: { decision: 'APPROVE', on: '2026-11-20' },
  bonusMilestones: [
    { kind: 'SIX_MONTHS', dueOn: '2027-09-01', amountDkk: 20000 },
    { kind: 'COMPLETION', dueOn: '2029-03-01', amountDkk: 20000 },
  ],
  bonusPlanned: false,
  registrationDeadline: '2027-04-01',
  createdOn: '2026-11-02',
  generatedAt: new Date('2026-11-21T09:00:00Z'),
  generatedOn: '2026-11-21',
};

describe('agreementPdf', () => {
  it('formats days and amounts the Danish way', () => {
    expect(danishDate('2027-03-01')).toBe('1. marts 2027');
    expect(danishAmount(142.5)).toBe('142,50 kr.');
    expect(danishAmount(20000, false)).toBe('20.000 kr.');
  });

  it('is a PDF with every field the registration needs, Danish letters and other scripts intact', async () => {
    const pdf = await agreementPdf(DATA);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await textOf(pdf);
    for (const expected of [
      'Aftale om integrationsgrunduddannelse (IGU)',
      'Ærø Smørrebrød ApS',
      'CVR-nr.: 31234565',
      'Jobcenter Aarhus',
      'Aarhus (kommunekode 751)',
      'Лейла Аль-Хасан',
      'K-2026-000042',
      'Køkkenmedhjælper',
      '9412 Køkkenmedhjælpere',
      '1. marts 2027',
      '28. februar 2029',
      '32,5 timer',
      '142,50 kr.',
      'Hotel- og Restaurationsoverenskomsten',
      '5. april 2027 – 10. september 2027: 23 uger, AMU',
      '3F',
      'Godkendt den 20. november 2026',
      'Efter 6 måneder: 20.000 kr., forfalder 1. september 2027',
      'forfalder 1. marts 2029',
      'Registreringsfrist: 1. april 2027',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('shows the reference in place of the name when the viewer may not see the name', async () => {
    const text = await textOf(await agreementPdf({ ...DATA, candidate: { reference: 'K-2026-000042', fullName: null } }));
    expect(text).toContain('Kandidat K-2026-000042');
    expect(text).not.toContain('Лейла');
  });
});
