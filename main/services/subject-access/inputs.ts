// What a subject-access bundle is built from, besides the records: the request
// it answers (who asked, so the letter is addressed to them), the adviser's
// name and postal address, and the retention schedule in force.
import { formatUkDate } from '../../../shared/dates';
import { AppError } from '../../errors';
import type { Controller, LetterRequest } from '../../export/subject-access';
import type { OpenVault } from '../../vault';
import { getRequest, type SubjectAccessRequest } from './requests';
import { readPracticeDetails } from '../practice';
import { readRetentionSchedule } from '../retention';
import { readSettings } from '../settings';

/** The adviser's details for the letter; `isComplete` says whether the name and postal address are both there. */
export function letterController(vault: OpenVault): Controller & { isComplete: boolean } {
  const settings = readSettings(vault.db);
  const practice = readPracticeDetails(vault);
  const controller = {
    adviserName: settings.adviserName.trim(),
    businessName: practice.businessName,
    address: practice.address.trim(),
    contact: practice.dataProtectionContact || settings.adviserContact,
    icoRegistrationNumber: practice.icoRegistrationNumber,
  };
  return { ...controller, isComplete: controller.adviserName !== '' && controller.address !== '' };
}

export function letterRequest(request: SubjectAccessRequest): LetterRequest {
  return {
    requesterName: request.requesterName,
    relationship: request.relationship,
    requesterAddress: request.requesterAddress,
    receivedOn: request.receivedOn,
  };
}

/**
 * Everything a bundle for this request needs. A bundle is only made for an
 * open request whose requester's identity has been checked, and with the
 * adviser's name and postal address for the letter.
 */
export function bundleInputs(
  vault: OpenVault,
  input: { requestId: string; on: string; isSafeguardingReleased: boolean; isForSending: boolean },
) {
  const request = getRequest(vault, input.requestId);
  if (input.isForSending) {
    if (request.sentOn)
      throw new AppError(
        'VALIDATION',
        `The bundle for this request was already sent on ${formatUkDate(request.sentOn)}. Log a new request if they ask again.`,
      );
    if (request.status === 'withdrawn')
      throw new AppError('VALIDATION', 'This request was withdrawn, so there is nothing to send.');
    if (!request.identityCheckedOn)
      throw new AppError(
        'VALIDATION',
        "Record who checked the requester's identity, how and when, before the bundle is sent.",
      );
  }
  const controller = letterController(vault);
  if (!controller.isComplete) {
    throw new AppError(
      'VALIDATION',
      'The letter needs your name and postal address. Add your name in Settings ("On every action plan") and your address in Data protection, Practice details, then try again.',
    );
  }
  return {
    request,
    options: {
      clientId: request.clientId,
      request: letterRequest(request),
      controller,
      retention: readRetentionSchedule(vault),
      isSafeguardingReleased: input.isSafeguardingReleased,
      on: input.on,
    },
  };
}

/**
 * For the CLI and the benchmark, which answer a request made by the person
 * themselves outside the register: the letter goes to the client, and an
 * adviser who has not filled in their details yet gets a warning rather than a
 * refusal (scripts written against `waymark sar` keep working).
 */
export function clientBundleOptions(vault: OpenVault, input: { clientId: string; on: string }) {
  const client = vault.sqlite.prepare('SELECT forename, surname FROM clients WHERE id = ?').get(input.clientId) as
    { forename: string; surname: string } | undefined;
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  const { isComplete, ...controller } = letterController(vault);
  return {
    isControllerComplete: isComplete,
    options: {
      clientId: input.clientId,
      request: {
        requesterName: `${client.forename} ${client.surname}`,
        relationship: 'self' as const,
        requesterAddress: '',
        receivedOn: input.on,
      },
      controller: { ...controller, adviserName: controller.adviserName || 'Your careers adviser' },
      retention: readRetentionSchedule(vault),
      isSafeguardingReleased: false,
      on: input.on,
    },
  };
}
