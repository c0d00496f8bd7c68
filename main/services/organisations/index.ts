// The organisations room's door.
export {
  endAgreement,
  findOrCreateSchool,
  findOrganisationByName,
  getOrganisation,
  listOrganisations,
  saveOrganisation,
} from './records';
export type { Organisation, OrganisationInput, OrganisationSummary } from './records';
export { organisationOverview, type Overview } from './overview';
