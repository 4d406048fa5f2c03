import type { Report } from '../../../core/index.ts';

/**
 * A report without the documents the checks used: they can be large, nothing the user sees reads them, and
 * reports are stored per tab and sent between parts of the extension.
 */
export function slimReport(report: Report): Report {
  return {
    ...report,
    documents: {},
    ...(report.endorsements ? { endorsements: report.endorsements.map(slimReport) } : {}),
    ...(report.nested ? { nested: report.nested.map(slimReport) } : {}),
  };
}
