const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** CVR: 8 digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11. */
export function isValidCvr(cvr: string): boolean {
  if (!/^\d{8}$/.test(cvr) || cvr.startsWith('0')) return false;
  const sum = WEIGHTS.reduce((acc, weight, index) => acc + weight * Number(cvr[index]), 0);
  return sum % 11 === 0;
}
