// The network guard must be able to fail: a request to any host but
// 127.0.0.1 is reported after the test.
import { expect, test } from './fixtures';
import { describeNonLocal, isLocalRequest } from './network-guard';

test('treats only 127.0.0.1 and in-page URLs as local', () => {
  expect(isLocalRequest('http://127.0.0.1:4321/api/vault.status')).toBe(true);
  expect(isLocalRequest('data:image/png;base64,AAAA')).toBe(true);
  expect(isLocalRequest('blob:http://127.0.0.1:4321/1234')).toBe(true);
  expect(
    describeNonLocal([
      'http://localhost:4321/',
      'https://127.0.0.1/',
      'http://127.0.0.2/',
      'https://fonts.example/x.woff2',
    ]),
  ).toEqual(['http://localhost:4321/', 'https://127.0.0.1/', 'http://127.0.0.2/', 'https://fonts.example/x.woff2']);
});

test('fails a test whose page reaches beyond 127.0.0.1', async ({ page, harness }) => {
  test.fail(true, 'the fixture must report the request to 127.0.0.2');
  await page.goto(harness.url);
  // Another loopback address: refused at once, with no real network involved.
  await page.goto('http://127.0.0.2:9/').catch(() => undefined);
});
