// The screens the app can show, the pages of the unlocked app, and which of
// them need the vault unlocked.
import type { CaseloadQuery } from '../caseload/caseload-query';

/** damaged: main's check after unlocking found damage and locked the vault. */
export type LockReason = 'start' | 'user' | 'inactivity' | 'damaged';

export type HomePage =
  | { name: 'caseload'; query?: CaseloadQuery }
  /** notice: a confirmation to show on arrival ("Changes saved."). */
  | { name: 'client'; clientId: string; notice?: string }
  | { name: 'client-edit'; clientId: string }
  | { name: 'client-new'; organisationId: string | null }
  | { name: 'organisations' }
  | { name: 'organisation'; organisationId: string; notice?: string }
  /** Adds an organisation when organisationId is null. */
  | { name: 'organisation-edit'; organisationId: string | null }
  /** The termly report for an organisation's careers leader. */
  | { name: 'organisation-report'; organisationId: string }
  /** Where each of an organisation's pupils stands, and the local authority's destination return. */
  | { name: 'school-destinations'; organisationId: string }
  | { name: 'import'; organisationId?: string }
  | { name: 'settings' }
  | { name: 'interview'; interviewId: string }
  /** fromInterviewId: the interview the plan is made or reviewed in; view: which part of the plan is open. */
  | { name: 'plan'; clientId: string; fromInterviewId?: string; view?: PlanView }
  | { name: 'templates'; notice?: string }
  | { name: 'template'; templateId: string }
  /** One client's consent, sharing, subject-access bundle and erasure. */
  | { name: 'client-privacy'; clientId: string; notice?: string }
  /** The practice's register of requests, the disclosure and audit logs, retention review and documents. */
  | { name: 'data-protection'; view?: DataProtectionView; notice?: string }
  /** Handing a client's records to another adviser: export for clientId, or import. */
  | { name: 'handover'; clientId?: string }
  | { name: 'backups'; notice?: string }
  /** Everywhere values changed on both computers wait for the adviser's choice. */
  | { name: 'sync-choices' }
  /** Recording a group session for an organisation, or changing one (sessionId). */
  | { name: 'group-session'; organisationId: string; sessionId?: string }
  /** The diary's week holding weekOf (this week when absent), and today's day as the adviser works through it. */
  | { name: 'diary'; weekOf?: string }
  | { name: 'diary-today' }
  /** Planning a session (new when sessionId is absent, on heldOn at organisationId if given), or changing one. */
  | {
      name: 'diary-session';
      sessionId?: string;
      heldOn?: string;
      organisationId?: string;
      notice?: string;
      warning?: string;
    }
  /** Booking pupils of an organisation into one of its sessions: sessionId and pupils are chosen already when given. */
  | { name: 'diary-book'; organisationId: string; sessionId?: string; pupils?: DiaryPupil[] }
  /** Invoices to organisations; a new one (for organisationId when given); one invoice or credit note. */
  | { name: 'invoices'; notice?: string }
  | { name: 'invoice-new'; organisationId?: string }
  | { name: 'invoice'; invoiceId: string; notice?: string };

/** A pupil chosen for booking, as the picker shows them. */
export type DiaryPupil = { clientId: string; name: string; yearGroup: number | null; tutorGroup: string };

/** The parts of the data-protection page. */
export type DataProtectionView = 'requests' | 'disclosures' | 'audit' | 'retention' | 'documents';

/** The parts of an action plan: the editor, review at a later interview, and the versions. */
export type PlanView = 'edit' | 'review' | 'history';

/** The top bar's sections: each page belongs to one, which the bar marks as current. */
export type Section =
  'caseload' | 'diary' | 'organisations' | 'invoices' | 'import' | 'templates' | 'data-protection' | 'settings';

export type Screen =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string }
  | { kind: 'create' }
  | { kind: 'recovery-code'; recoveryCode: string; origin: 'created' | 'recovered' }
  | { kind: 'unlock'; lockReason: LockReason }
  | { kind: 'recover' }
  /** history: the pages a Back link returns through, most recent last. */
  | { kind: 'home'; page: HomePage; history?: HomePage[] };

export const caseloadHome: HomePage = { name: 'caseload' };

export function isUnlockedScreen(screen: Screen): boolean {
  return screen.kind === 'home' || screen.kind === 'recovery-code';
}

export function sectionOf(page: HomePage): Section {
  switch (page.name) {
    case 'caseload':
    case 'client':
    case 'client-edit':
    case 'client-new':
    case 'interview':
    case 'plan':
    case 'client-privacy':
    case 'handover':
      return 'caseload';
    case 'organisations':
    case 'organisation':
    case 'organisation-edit':
    case 'organisation-report':
    case 'school-destinations':
    case 'group-session':
      return 'organisations';
    case 'diary':
    case 'diary-today':
    case 'diary-session':
    case 'diary-book':
      return 'diary';
    case 'invoices':
    case 'invoice-new':
    case 'invoice':
      return 'invoices';
    case 'import':
      return 'import';
    case 'settings':
    case 'backups':
    case 'sync-choices':
      return 'settings';
    case 'data-protection':
      return 'data-protection';
    case 'templates':
    case 'template':
      return 'templates';
  }
}

/**
 * Identifies a page for remounting: a different client or organisation is a new
 * screen (its heading takes focus), while changing the caseload's filters is not.
 */
export function pageKey(page: HomePage): string {
  switch (page.name) {
    case 'client':
    case 'client-edit':
    case 'client-privacy':
      return `${page.name}:${page.clientId}`;
    case 'handover':
      return `${page.name}:${page.clientId ?? ''}`;
    case 'organisation':
    case 'organisation-edit':
    case 'organisation-report':
    case 'school-destinations':
      return `${page.name}:${page.organisationId ?? 'new'}`;
    case 'client-new':
      return `${page.name}:${page.organisationId ?? ''}`;
    case 'interview':
      return `${page.name}:${page.interviewId}`;
    // Switching between the plan's views keeps the same screen (and its unsaved edits).
    case 'plan':
      return `${page.name}:${page.clientId}`;
    case 'template':
      return `${page.name}:${page.templateId}`;
    case 'group-session':
      return `${page.name}:${page.organisationId}:${page.sessionId ?? 'new'}`;
    case 'diary-session':
      return `${page.name}:${page.sessionId ?? 'new'}`;
    case 'diary-book':
      return `${page.name}:${page.organisationId}:${page.sessionId ?? ''}`;
    case 'invoice-new':
      return `${page.name}:${page.organisationId ?? ''}`;
    case 'invoice':
      return `${page.name}:${page.invoiceId}`;
    default:
      return page.name;
  }
}

/** Tables and lists need the room; forms read better narrow. */
export function isWidePage(page: HomePage): boolean {
  return (
    page.name === 'caseload' ||
    page.name === 'interview' ||
    page.name === 'plan' ||
    page.name === 'organisation' ||
    page.name === 'organisations' ||
    page.name === 'organisation-report' ||
    page.name === 'school-destinations' ||
    page.name === 'import' ||
    page.name === 'data-protection' ||
    page.name === 'diary' ||
    page.name === 'diary-today' ||
    page.name === 'diary-book' ||
    page.name === 'invoices' ||
    page.name === 'invoice-new' ||
    page.name === 'invoice'
  );
}

/** What a "Back" link says for the page it returns to. */
export function backLabel(page: HomePage): string {
  switch (page.name) {
    case 'caseload':
      return 'Back to the caseload';
    case 'client':
    case 'client-edit':
      return 'Back to the client';
    case 'client-new':
      return 'Back to the new client';
    case 'organisations':
      return 'Back to organisations';
    case 'organisation':
    case 'organisation-edit':
      return 'Back to the organisation';
    case 'organisation-report':
      return 'Back to the termly report';
    case 'school-destinations':
      return 'Back to the destinations';
    case 'import':
      return 'Back to Import roll';
    case 'settings':
      return 'Back to settings';
    case 'interview':
      return 'Back to the interview';
    case 'plan':
      return 'Back to the action plan';
    case 'client-privacy':
      return 'Back to data protection for this client';
    case 'data-protection':
      return 'Back to data protection';
    case 'handover':
      return 'Back to the handover';
    case 'backups':
      return 'Back to backups';
    case 'sync-choices':
      return 'Back to the values changed on both computers';
    case 'group-session':
      return 'Back to the group session';
    case 'diary':
      return 'Back to the diary';
    case 'diary-today':
      return 'Back to today';
    case 'diary-session':
      return 'Back to the session';
    case 'diary-book':
      return 'Back to booking';
    case 'invoices':
      return 'Back to invoices';
    case 'invoice-new':
      return 'Back to the new invoice';
    case 'invoice':
      return 'Back to the invoice';
    case 'templates':
    case 'template':
      return 'Back to templates';
  }
}
