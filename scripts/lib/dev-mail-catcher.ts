import { createServer, type Server } from 'node:http';
import { SMTPServer } from 'smtp-server';

/** A mail as the catcher kept it. */
interface CaughtMail {
  receivedAt: Date;
  from: string;
  to: string[];
  raw: string;
}

const KEPT = 200;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/**
 * `npm run dev` only: an SMTP server on 127.0.0.1 that accepts every mail and
 * keeps the last 200 in memory, and a page on 127.0.0.1 listing them (newest
 * first, raw source). Nothing is delivered anywhere; nothing of this runs in
 * production (the API has no such route).
 */
export async function startDevMailCatcher(pagePort: number): Promise<{ smtpPort: number; pageUrl: string; close(): Promise<void> }> {
  const mails: CaughtMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        mails.unshift({ receivedAt: new Date(), from, to: session.envelope.rcptTo.map((to) => to.address), raw });
        mails.length = Math.min(mails.length, KEPT);
        callback();
      });
    },
  });
  const smtpPort = await new Promise<number>((resolve) =>
    smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as { port: number }).port)),
  );
  const page: Server = createServer((req, res) => {
    if (req.url === '/mails.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(mails));
      return;
    }
    const items = mails
      .map(
        (mail) =>
          `<details><summary>${escapeHtml(mail.receivedAt.toISOString())} — to ${escapeHtml(mail.to.join(', '))} — ${escapeHtml(
            /^Subject:\s*(.*)$/im.exec(mail.raw)?.[1] ?? '',
          )}</summary><pre>${escapeHtml(mail.raw)}</pre></details>`,
      )
      .join('\n');
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(
        `<!doctype html><meta charset="utf-8"><title>Dev mails</title><h1>Mails sent in development (${mails.length})</h1>${items || '<p>None yet.</p>'}`,
      );
  });
  await new Promise<void>((resolve) => page.listen(pagePort, '127.0.0.1', resolve));
  return {
    smtpPort,
    pageUrl: `http://127.0.0.1:${pagePort}/`,
    close: () =>
      Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => page.close(() => resolve())),
      ]).then(() => undefined),
  };
}
