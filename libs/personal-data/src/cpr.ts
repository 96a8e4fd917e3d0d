/**
 * Danish CPR numbers: DDMMYY-SSSS or DDMMYYSSSS with a real date. Never checked
 * with modulus 11: numbers issued since 2007 may fail it. The century follows
 * from the 7th digit (the first of the sequence number) and the year.
 */
export interface Cpr {
  /** Ten digits, no dash: what is encrypted and blind-indexed. */
  digits: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
}

const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;

export function centuryOf(seventhDigit: number, twoDigitYear: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return twoDigitYear <= 36 ? 2000 : 1900;
  return twoDigitYear <= 57 ? 2000 : 1800; // 5–8
}

/** Returns the parsed CPR, or null when it is not a valid CPR number. */
export function parseCpr(input: string): Cpr | null {
  const match = CPR_PATTERN.exec(input.trim());
  if (!match) return null;
  const [, dd, mm, yy, sequence] = match as unknown as [string, string, string, string, string];
  const year = centuryOf(Number(sequence[0]), Number(yy)) + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { digits: `${dd}${mm}${yy}${sequence}`, dateOfBirth: `${year}-${mm}-${dd}` };
}

/** DDMMYY-XXXX: the only form in which a CPR ever leaves the server. */
export function maskCpr(digits: string): string {
  return `${digits.slice(0, 6)}-XXXX`;
}
