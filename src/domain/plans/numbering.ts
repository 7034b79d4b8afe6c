/**
 * Document numbers ("số và ký hiệu"). Serials restart per issuer, per kind and per year or term.
 * Party: "30-KH/ThU" (serial-kind/issuer code); state (Nghị định 30): "15/KH-UBND".
 */
export type DocumentFormat = 'party' | 'state';

export interface RegisterSettings {
  /** Serials restart every calendar year, or every term ("2025-2030"). */
  mode: 'year' | 'term';
  term?: string | null;
}

export function registerPeriod(settings: RegisterSettings, issuedOn: string): string {
  if (settings.mode === 'term' && settings.term) return `term:${settings.term}`;
  return issuedOn.slice(0, 4);
}

export function documentSymbol(format: DocumentFormat, kind: string, issuerCode: string): string {
  return format === 'state' ? `${kind}-${issuerCode}` : `${kind}/${issuerCode}`;
}

export function documentNumber(format: DocumentFormat, serial: number | null, symbol: string): string {
  const s = serial === null ? '…' : String(serial);
  return format === 'state' ? `${s}/${symbol}` : `${s}-${symbol}`;
}
