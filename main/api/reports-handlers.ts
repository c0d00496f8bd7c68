// Handlers for the termly report: its figures, the adviser's comments, and the files for the school.
import type { reportsChannels } from '../../shared/contract/reports';
import { exportReportFile, produceReport, saveReportComments } from '../services/reports';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function reportsHandlers({ vault, deliverFile }: HandlerContext): HandlerGroup<typeof reportsChannels> {
  const open = () => vault().database();
  return {
    'reports.produce': (input) => produceReport(open(), input),
    'reports.saveComments': (input) => saveReportComments(open(), input),
    'reports.export': async (input) => {
      // The command line writes the file before the disclosure is logged; the app's answer is the delivery.
      const { bytes, ...file } = await exportReportFile(open(), input, deliverFile);
      return { ...file, dataBase64: bytes.toString('base64') };
    },
  };
}
