// Organisations: the schools and colleges, their agreements and what each has used.
import type { organisationsChannels } from '../../shared/contract/organisations';
import { todayInLondon } from '../../shared/dates';
import {
  endAgreement,
  getOrganisation,
  listOrganisations,
  organisationOverview,
  saveOrganisation,
} from '../services/organisations';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function organisationsHandlers({ vault }: HandlerContext): HandlerGroup<typeof organisationsChannels> {
  const open = () => vault().database();
  return {
    'organisations.list': ({ includeArchived }) => listOrganisations(open(), includeArchived),
    'organisations.get': ({ id }) => getOrganisation(open(), id),
    'organisations.save': (input) => saveOrganisation(open(), input),
    'organisations.endAgreement': ({ id, endsOn }) => endAgreement(open(), id, endsOn),
    'organisations.overview': ({ id, on }) => organisationOverview(open(), id, on ?? todayInLondon()),
  };
}
