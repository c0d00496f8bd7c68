// Each organisation's designated safeguarding lead (DSL) and deputy, kept on
// the organisation's row: read for the form and for a new concern, written by
// the organisation form.
import { eq } from 'drizzle-orm';
import type { SafeguardingLeads } from '../../../shared/contract/safeguarding';
import { organisations } from '../../db/schema';
import type { OpenVault } from '../../vault';

type LeadColumns = Pick<
  typeof organisations.$inferSelect,
  | 'safeguardingLeadName'
  | 'safeguardingLeadPhone'
  | 'safeguardingLeadEmail'
  | 'deputySafeguardingLeadName'
  | 'deputySafeguardingLeadPhone'
  | 'deputySafeguardingLeadEmail'
>;

export function leadsFromColumns(row: LeadColumns): SafeguardingLeads {
  return {
    lead: { name: row.safeguardingLeadName, phone: row.safeguardingLeadPhone, email: row.safeguardingLeadEmail },
    deputy: {
      name: row.deputySafeguardingLeadName,
      phone: row.deputySafeguardingLeadPhone,
      email: row.deputySafeguardingLeadEmail,
    },
  };
}

export function columnsFromLeads({ lead, deputy }: SafeguardingLeads): LeadColumns {
  return {
    safeguardingLeadName: lead.name,
    safeguardingLeadPhone: lead.phone,
    safeguardingLeadEmail: lead.email,
    deputySafeguardingLeadName: deputy.name,
    deputySafeguardingLeadPhone: deputy.phone,
    deputySafeguardingLeadEmail: deputy.email,
  };
}

export function readSafeguardingLeads(
  { db }: OpenVault,
  { organisationId }: { organisationId: string },
): SafeguardingLeads | null {
  const row = db.select().from(organisations).where(eq(organisations.id, organisationId)).get();
  return row ? leadsFromColumns(row) : null;
}
