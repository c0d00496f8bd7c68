// The practice's details and the documents drafted from them: the privacy
// notice and the record of processing carry the adviser's details, the
// retention periods in force and the ICO's complaint information, and never a
// client's name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logDisclosure } from '../../main/services/disclosures';
import { updateSettings } from '../../main/services/settings';
import type { OpenVault, Vault } from '../../main/vault';
import { rollVaultWithCaller, type ChannelCaller } from '../support/channel-caller';
import { readDocx } from '../support/docx';
import { discardVault } from '../support/vault-fixture';

const now = new Date('2026-11-23T10:00:00Z');

let vault: Vault;
let open: OpenVault;
let clientIdOf: (surname: string) => string;
let call: ChannelCaller;

beforeEach(
  async () =>
    ({ vault, open, clientIdOf, call } = await rollVaultWithCaller(
      'Surname,Forename,DOB\nAdams,Amy,01/01/2002\nBrown,Ben,01/01/2002\n',
      now,
    )),
);
afterEach(() => discardVault(vault));

describe('the documents', () => {
  it('put the adviser’s details, the retention periods and the ICO complaint information into the privacy notice and the record of processing', async () => {
    updateSettings(open.db, { adviserName: 'Rhiannon Ellis' });
    const saved = await call('practice.saveDetails', {
      businessName: 'Ellis Careers Guidance Ltd',
      address: '12 Chapel Street\nLlandeilo\nSA19 6BT',
      icoRegistrationNumber: 'za123456',
      dataProtectionContact: 'Rhiannon Ellis, privacy@elliscareers.example',
    });
    expect(saved.icoRegistrationNumber).toBe('ZA123456');
    expect(await call('practice.details', {})).toEqual(saved);
    await call('retention.saveSchedule', {
      clientYearsAfterLastContact: 7,
      sendUntilAge: 25,
      disclosureLogYears: 10,
      auditLogYears: 3,
    });
    logDisclosure(open, {
      clientId: clientIdOf('Brown'),
      recipient: 'Carmarthenshire County Council',
      what: 'Intended destination',
      lawfulBasis: 'consent',
      disclosedOn: '2026-11-01',
    });
    // A bundle sent to the person themselves: they are not a recipient to publish.
    logDisclosure(open, {
      clientId: clientIdOf('Adams'),
      recipient: 'Amy Adams',
      what: 'Subject-access bundle (all records)',
      lawfulBasis: 'subject-access',
      disclosedOn: '2026-11-02',
    });

    for (const document of ['privacy-notice', 'record-of-processing'] as const) {
      const exported = await call('practice.document', { document });
      expect(exported.fileName).toMatch(
        document === 'privacy-notice'
          ? /^Privacy notice \(draft\) - \d{4}-\d{2}-\d{2}\.docx$/
          : /^Record of processing - \d{4}-\d{2}-\d{2}\.docx$/,
      );
      const docx = await readDocx(Buffer.from(exported.dataBase64, 'base64'));
      for (const expected of [
        'Ellis Careers Guidance Ltd',
        'Llandeilo',
        'ZA123456',
        'privacy@elliscareers.example',
        '7 years after the last contact with the client',
        "Until the client's 25th birthday, or 7 years after the last contact if that is later",
        '10 years after the disclosure',
        '3 years after the event',
        'Carmarthenshire County Council',
        'Information Commissioner’s Office',
        '0303 123 1113',
        'https://ico.org.uk/make-a-complaint/',
        'Consent (UK GDPR Article 6(1)(a))',
      ]) {
        expect(docx.text, `${document}: ${expected}`).toContain(expected);
      }
      expect(docx.paragraphs.some((paragraph) => paragraph.style === 'Heading1')).toBe(true);
      // No client's name, even one the log names as the recipient of their own records.
      expect(docx.text).not.toMatch(/Ben Brown|Amy Adams/);
    }
  });

  it('say plainly what is missing before the details are given', async () => {
    const exported = await call('practice.document', { document: 'privacy-notice' });
    const docx = await readDocx(Buffer.from(exported.dataBase64, 'base64'));
    expect(docx.text).toContain('ICO registration number: [not given yet');
    expect(docx.text).toContain('6 years after the last contact with the client');
  });

  it('refuses an ICO number that is not one', async () => {
    await expect(
      call('practice.saveDetails', {
        businessName: '',
        address: '',
        icoRegistrationNumber: 'not a number!',
        dataProtectionContact: '',
      }),
    ).rejects.toThrow(/VALIDATION: .*An ICO registration number is 6 to 12/);
  });
});
