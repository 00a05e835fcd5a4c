import { ref } from 'vue';
import type { ProposalWorkbookData } from './proposal-workbook.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Downloads the proposal as an xlsx workbook. exceljs is loaded only when the adviser exports,
 * so it stays out of every screen's bundle.
 */
export function useProposalExport() {
  const exporting = ref(false);
  const failed = ref(false);

  async function exportWorkbook(data: ProposalWorkbookData, fileName: string): Promise<boolean> {
    if (exporting.value) return false;
    exporting.value = true;
    failed.value = false;
    try {
      const [{ default: ExcelJS }, { buildProposalWorkbook }] = await Promise.all([
        import('exceljs'),
        import('./proposal-workbook.js'),
      ]);
      const buffer = await buildProposalWorkbook(ExcelJS, data).xlsx.writeBuffer();
      const url = URL.createObjectURL(new Blob([buffer], { type: XLSX_TYPE }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return true;
    } catch (error) {
      console.error(error);
      failed.value = true;
      return false;
    } finally {
      exporting.value = false;
    }
  }

  return { exporting, failed, exportWorkbook };
}
