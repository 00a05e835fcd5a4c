import ExcelJS from 'exceljs';
import { gql } from '../gql/index.js';

// Shared by the register-import and needs-statement-template e2e files: the import operations,
// their answers' shapes and the files the admin uploads.

export type Headers = Record<string, string>;
export interface Problem {
  file: string | null;
  row: number | null;
  column: string | null;
  code: string;
  message: { nb: string };
}
export interface Preview {
  rows: number;
  canConfirm: boolean;
  fingerprint: string;
  summary: { entity: string; created: number; updated: number; unchanged: number }[];
  problems: Problem[];
  statements: { title: string; partnershipName: string | null }[];
}
export interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export const PREVIEW =
  gql(`mutation RegisterImport1($input: PreviewRegisterImportInput!) { previewRegisterImport(input: $input) {
  rows canConfirm fingerprint summary { entity created updated unchanged }
  problems { file row column code message { nb } } statements { title partnershipName } } }`);
export const CONFIRM =
  gql(`mutation RegisterImport2($input: ConfirmRegisterImportInput!) { confirmRegisterImport(input: $input) {
  summary { entity created updated unchanged } ids } }`);
export const PREVIEW_STATEMENTS =
  gql(`mutation RegisterImport3($input: PreviewNeedsStatementImportInput!) { previewNeedsStatementImport(input: $input) {
  rows canConfirm fingerprint summary { entity created updated unchanged }
  problems { file row column code message { nb } } statements { title partnershipName } } }`);
export const CONFIRM_STATEMENTS =
  gql(`mutation RegisterImport4($input: ConfirmNeedsStatementImportInput!) { confirmNeedsStatementImport(input: $input) {
  summary { entity created } ids } }`);

export const OWNER_A = '986105174';
export const OWNER_B = '922530890';
export const UNIT_A = '987654325';

export const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(';')).join('\r\n');
export const file = (fileName: string, content: Buffer | string) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
});

export async function xlsx(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Eiere');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
