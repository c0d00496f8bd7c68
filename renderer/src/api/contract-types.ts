// Names for the contract's answers the screens pass around, derived from the
// channels so they can never drift from what main sends.
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';

export type OrganisationSummary = ChannelOutput<'organisations.list'>[number];
export type Organisation = ChannelOutput<'organisations.get'>;
export type OrganisationInput = ChannelInput<'organisations.save'>;
export type Overview = ChannelOutput<'organisations.overview'>;
export type AdviserCheck = ChannelOutput<'adviserChecks.list'>[number];
