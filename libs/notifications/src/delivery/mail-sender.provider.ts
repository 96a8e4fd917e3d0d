import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@igu/config';
import { MailSender } from './mail-sender.js';

export const MAIL_SENDER = Symbol('MailSender');

/** Wrapped, so "no SMTP configured" is an injectable value. */
export interface MailSenderRef {
  sender: MailSender | null;
}

export const mailSenderProvider: Provider = {
  provide: MAIL_SENDER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): MailSenderRef => ({ sender: MailSender.create(config) }),
};
