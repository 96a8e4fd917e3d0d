import { describe, expect, it } from '@jest/globals';
import { mailContent, messageIdOf } from '../delivery/mail-message.js';
import { type NoticeFacts, noticeTexts } from './notification-texts.js';

const EVERY_KIND: NoticeFacts[] = [
  { kind: 'PROPOSAL_RECEIVED', reference: 'C-ABC123', positionTitle: 'Lagermedarbejder' },
  { kind: 'PROPOSAL_STATUS_CHANGED', reference: 'C-ABC123', positionTitle: 'Lagermedarbejder', status: 'ACCEPTED' },
  { kind: 'NEW_MATCHES', side: 'position', positionTitle: 'Lagermedarbejder', count: 3 },
  { kind: 'NEW_MATCHES', side: 'candidate', reference: 'C-ABC123', count: 2 },
  { kind: 'PROGRAMME_APPROVAL_REQUESTED', reference: 'C-ABC123', programmeKind: 'IGU' },
  { kind: 'PROGRAMME_DECIDED', reference: 'C-ABC123', programmeKind: 'IGU', status: 'APPROVED' },
  { kind: 'FIRST_OFFER_DEADLINE_APPROACHING', reference: 'C-ABC123' },
  { kind: 'FIRST_OFFER_OVERDUE', reference: 'C-ABC123' },
  { kind: 'REGISTRATION_DEADLINE_APPROACHING', reference: 'C-ABC123', deadline: '2026-11-10' },
  { kind: 'BONUS_MILESTONE_DUE', reference: 'C-ABC123', milestone: 'SIX_MONTHS', dueOn: '2026-11-02', amountDkk: 20_000 },
];

describe('notification texts', () => {
  it.each(EVERY_KIND)('says $kind in Danish and English, naming the candidate by reference only', (facts) => {
    const { da, en } = noticeTexts(facts);
    for (const text of [da.title, da.body, en.title, en.body]) expect(text.length).toBeGreaterThan(5);
    if ('reference' in facts) {
      expect(da.body).toContain(facts.reference);
      expect(en.body).toContain(facts.reference);
    }
    expect(da.body).not.toBe(en.body);
  });

  it('mails Danish first, English below, in plain text and escaped HTML', () => {
    const mail = mailContent(
      { da: { title: 'Titel <b>', body: 'Krop & mere' }, en: { title: 'Title', body: 'Body' } },
      'https://igu.example/notifications',
    );
    expect(mail.subject).toBe('Titel <b> / Title');
    expect(mail.text.indexOf('Krop & mere')).toBeLessThan(mail.text.indexOf('Body'));
    expect(mail.html).toContain('Titel &lt;b&gt;');
    expect(mail.html).toContain('Krop &amp; mere');
    expect(mail.html).not.toContain('<b>');
  });

  it('gives every copy of a notification the same Message-ID, in the sender’s domain', () => {
    expect(messageIdOf('7d1c', 'IGU Match <no-reply@igu.example>')).toBe('<notification-7d1c@igu.example>');
    expect(messageIdOf('7d1c', 'no-reply@igu.example')).toBe('<notification-7d1c@igu.example>');
  });
});
