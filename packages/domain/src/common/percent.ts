/** A percentage as Norwegian text: decimal comma, at most two decimals (`43,83 %`). */
export const percentNb = (value: number): string =>
  `${String(Math.round(value * 100) / 100).replace('.', ',')} %`;

/** A percentage as English text: decimal point, at most two decimals (`43.83 %`). */
export const percentEn = (value: number): string => `${Math.round(value * 100) / 100} %`;
