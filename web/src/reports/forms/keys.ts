/** Folds a Vietnamese label into an indicator key: no diacritics, đ→d, lower case, `_` between words, ≤ 40 chars. */
export function foldKey(label: string): string {
  let k = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(k)) k = k ? `ct_${k}` : 'chi_tieu';
  return k.slice(0, 40).replace(/_+$/, '');
}

/** Keys for the labels in order, each unique (`_2`, `_3`… appended to repeats). */
export function uniqueKeys(labels: string[]): string[] {
  const seen = new Set<string>();
  return labels.map((label) => {
    const base = foldKey(label);
    let key = base;
    for (let n = 2; seen.has(key); n++) {
      const suffix = `_${n}`;
      key = base.slice(0, 40 - suffix.length) + suffix;
    }
    seen.add(key);
    return key;
  });
}
