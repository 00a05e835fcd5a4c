const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The mod-11 check digit of the first eight digits, or undefined where none exists (remainder 1). */
export function organisationNumberCheckDigit(firstEight: string): number | undefined {
  if (!/^\d{8}$/.test(firstEight)) return undefined;
  let sum = 0;
  WEIGHTS.forEach((weight, index) => {
    sum += weight * Number(firstEight[index]);
  });
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/** A Norwegian organisasjonsnummer: nine digits (spaces allowed) whose last is the mod-11 check. */
export function isValidOrganisationNumber(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  return organisationNumberCheckDigit(digits.slice(0, 8)) === Number(digits[8]);
}
