// Handlers for a client's destinations.
import type { destinationsChannels } from '../../shared/contract/destinations';
import {
  destinationsForClient,
  destinationsForOrganisation,
  exportDestinationsReturn,
  previewDestinationsReturn,
  recordActivity,
  recordGuaranteeOffer,
  recordIntendedDestination,
  removeDestinationEntry,
  returnMappings,
  saveReturnMapping,
  setLeftSchool,
} from '../services/destinations';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function destinationsHandlers({
  vault,
  deliverFile,
}: HandlerContext): HandlerGroup<typeof destinationsChannels> {
  const open = () => vault().database();
  return {
    'destinations.forClient': (input) => destinationsForClient(open(), input),
    'destinations.recordIntended': (input) => recordIntendedDestination(open(), input),
    'destinations.recordOffer': (input) => recordGuaranteeOffer(open(), input),
    'destinations.recordActivity': (input) => recordActivity(open(), input),
    'destinations.remove': (input) => removeDestinationEntry(open(), input),
    'destinations.setLeft': (input) => setLeftSchool(open(), input),
    'destinations.forOrganisation': (input) => destinationsForOrganisation(open(), input),
    'destinations.returnMappings': () => returnMappings(open()),
    'destinations.saveReturnMapping': (input) => saveReturnMapping(open(), input),
    'destinations.previewReturn': (input) => previewDestinationsReturn(open(), input),
    'destinations.exportReturn': (input) => {
      // The file leaves as the answer to this call (handing it over is the delivery), or is written by the command line first.
      const exported = exportDestinationsReturn(open(), { ...input, deliver: (file) => deliverFile?.(file.bytes) });
      return {
        fileName: exported.fileName,
        dataBase64: exported.bytes.toString('base64'),
        included: exported.included,
        excluded: exported.excluded,
      };
    },
  };
}
