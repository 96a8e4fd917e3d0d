import type { AppConfig } from '@igu/config';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailContent } from './mail-message.js';

/** nodemailer over SMTP, configured by SMTP_*; absent without SMTP_HOST (then no mail job is enqueued). */
export class MailSender {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig & { SMTP_HOST: string }) {
    this.transport = nodemailer.createTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      secure: config.SMTP_SECURE,
      auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } : undefined,
      // The dev catcher and test servers speak plain SMTP on localhost.
      ignoreTLS: !config.SMTP_SECURE && !config.SMTP_USER,
    });
  }

  static create(config: AppConfig): MailSender | null {
    return config.SMTP_HOST ? new MailSender({ ...config, SMTP_HOST: config.SMTP_HOST }) : null;
  }

  get from(): string {
    return this.config.MAIL_FROM;
  }

  async send(to: string, messageId: string, content: MailContent): Promise<void> {
    await this.transport.sendMail({ from: this.config.MAIL_FROM, to, messageId, ...content });
  }

  close(): void {
    this.transport.close();
  }
}
