/** Dates and numbers are always written the Danish way, whatever the interface language. */
const LOCALE = 'da-DK';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
const date = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'Europe/Copenhagen' });

export const formatInteger = (value: number): string => integer.format(value);
export const formatDateTime = (value: Date | string): string => dateTime.format(new Date(value));
/** A calendar date (`YYYY-MM-DD`), read as noon UTC so no time zone moves it to another day. */
export const formatDate = (value: string): string => date.format(new Date(`${value}T12:00:00Z`));
