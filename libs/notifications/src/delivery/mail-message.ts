import { noticeTexts, type NoticeFacts, type NoticeTexts } from '../rules/notification-texts.js';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** Danish first, the English text below; the link opens the notification list (the app decides what the user may see). */
export function mailContent(texts: NoticeTexts, link: string): MailContent {
  const { da, en } = texts;
  return {
    subject: `${da.title} / ${en.title}`,
    text: `${da.title}\n\n${da.body}\n\nSe notifikationen: ${link}\n\n---\n\n${en.title}\n\n${en.body}\n\nSee the notification: ${link}\n`,
    html: `<!doctype html><html lang="da"><body>
<h1>${escapeHtml(da.title)}</h1><p>${escapeHtml(da.body)}</p><p><a href="${escapeHtml(link)}">Se notifikationen</a></p>
<hr><div lang="en"><h2>${escapeHtml(en.title)}</h2><p>${escapeHtml(en.body)}</p><p><a href="${escapeHtml(link)}">See the notification</a></p></div>
</body></html>`,
  };
}

/** The same for every copy of one notification's mail, so a resend is recognisably the same message. */
export function messageIdOf(notificationId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'igu-match.invalid';
  return `<notification-${notificationId}@${domain}>`;
}

export { noticeTexts, type NoticeFacts };
