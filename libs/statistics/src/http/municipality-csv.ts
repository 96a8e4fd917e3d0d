import type { MunicipalityStatsView } from '../rules/municipality-stats.view.js';

/**
 * The statistics table for spreadsheets as Danish Excel opens it by double
 * click: UTF-8 with a byte-order mark (else æøå break), `;` between fields
 * and a decimal comma (a comma is Danish Excel's decimal separator), CRLF
 * line ends. Suppressed figures are empty cells; "Diskretioneret" says why.
 */
const BOM = '\uFEFF';

const COLUMNS: readonly { header: string; value: (row: MunicipalityStatsView) => string }[] = [
  { header: 'Kommunekode', value: (r) => String(r.municipality.code) },
  { header: 'Kommune', value: (r) => text(r.municipality.name) },
  { header: 'Fra', value: (r) => r.from },
  { header: 'Til', value: (r) => r.to },
  { header: 'Diskretioneret', value: (r) => (r.suppressed ? 'Ja' : 'Nej') },
  { header: 'Ankomne borgere', value: (r) => integer(r.candidatesArrived) },
  { header: 'Andel med tilbud inden for 14 dage', value: (r) => decimal(r.offeredWithin14Days, 4) },
  { header: 'Andel med tilbud inden for 1 måned', value: (r) => decimal(r.offeredWithin1Month, 4) },
  { header: 'Median dage til første tilbud', value: (r) => decimal(r.medianDaysToFirstOffer, 1) },
  { header: 'Over fristen uden tilbud', value: (r) => integer(r.overdueWithoutOffer) },
  { header: 'Forslag sendt', value: (r) => integer(r.proposalsSent) },
  { header: 'Forløb på tværs af kommunegrænser', value: (r) => integer(r.crossMunicipalityPlacements) },
  { header: 'IGU-forløb startet', value: (r) => integer(r.iguStarted) },
  { header: 'IGU-forløb aktive', value: (r) => integer(r.iguActive) },
];

function integer(value: number | null): string {
  return value === null ? '' : String(value);
}

/** Rounded, trailing zeros dropped, decimal comma: 0.5 → "0,5", 7 → "7". */
export function decimal(value: number | null, digits: number): string {
  return value === null ? '' : String(Number(value.toFixed(digits))).replace('.', ',');
}

/** Quotes a field that holds a separator, quote or line break; a leading formula character is neutralised (CSV injection). */
export function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function municipalityStatsCsv(rows: readonly MunicipalityStatsView[]): string {
  const lines = [COLUMNS.map((c) => text(c.header)), ...rows.map((row) => COLUMNS.map((c) => c.value(row)))];
  return BOM + lines.map((fields) => fields.join(';')).join('\r\n') + '\r\n';
}
