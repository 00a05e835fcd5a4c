/** What the national statistics can be grouped by (a plain enum: the statistics thread loads no schema). */
export enum NationalDimension {
  COUNTY = 'COUNTY',
  YEAR = 'YEAR',
  SECTOR = 'SECTOR',
  THEME = 'THEME',
  OWNERSHIP = 'OWNERSHIP',
  INSTITUTION = 'INSTITUTION',
  DURATION = 'DURATION',
}
