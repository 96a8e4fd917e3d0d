const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export type CvrCheck = 'empty' | 'incomplete' | 'invalid' | 'valid';

/** As the API's isValidCvr (libs/companies), with a verdict while typing. A CVR number: 8 digits, not starting with 0, whose weighted digit sum (2,7,6,5,4,3,2,1) is divisible by 11. */
export function checkCvr(value: string): CvrCheck {
  const digits = value.replace(/\s/g, '');
  if (digits === '') return 'empty';
  if (!/^\d+$/.test(digits) || digits.startsWith('0') || digits.length > 8) return 'invalid';
  if (digits.length < 8) return 'incomplete';
  const sum = WEIGHTS.reduce<number>((total, weight, index) => total + weight * Number(digits.charAt(index)), 0);
  return sum % 11 === 0 ? 'valid' : 'invalid';
}
