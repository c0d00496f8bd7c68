// The reports room's door: the termly report for a school's careers leader,
// the adviser's comments kept with its period, and the files the school gets.
import type { ReportPeriodInput } from '../../../shared/contract/reports';
import type { OpenVault } from '../../vault';
import { writeComments } from './comments';
import { checkPeriod, organisationName } from './figures';
import { type ServiceContext, systemContext } from '../context';

export { produceReport } from './figures';
export { evidenceRows, exportReportFile, type ReportFile } from './files';

export function saveReportComments(
  vault: OpenVault,
  input: ReportPeriodInput & { comments: string; recommendations: string },
  context: ServiceContext = systemContext,
) {
  checkPeriod(input);
  organisationName(vault, input.organisationId);
  return writeComments(vault, input, context);
}
