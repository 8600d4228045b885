// Property test of the reference server over hostile text: a name or display name is kept exactly
// as sent, or refused exactly as Chatwoot's rules refuse it (longer than 255 characters).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CHATWOOT_PROFILE_RULES } from '@profile-elements/chatwoot-adapter/rules';
import { charLength } from '@profile-elements/core';
import { hostileText } from '../helpers/hostile-strings.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => (server = await startTestServer()));
after(() => server.close());

const MAX = CHATWOOT_PROFILE_RULES.maxLength;

test('names and display names are kept exactly, or refused as too long past 255 characters', async () => {
  await fc.assert(
    fc.asyncProperty(hostileText, fc.constantFrom('name', 'display_name'), async (text, field) => {
      const reply = await server.call('PUT', '/api/v1/profile', { json: { profile: { [field]: text } } });
      if (charLength(text) > MAX) {
        assert.equal(reply.status, 422, JSON.stringify(text));
        assert.match(reply.body.message, /is too long \(maximum is 255 characters\)/);
        return;
      }
      assert.equal(reply.status, 200, JSON.stringify(text));
      assert.equal(reply.body[field], text);
      const again = await server.call('GET', '/api/v1/profile');
      assert.equal(again.body[field], text, 'read back as sent');
    }),
    { numRuns: 150 },
  );
});
