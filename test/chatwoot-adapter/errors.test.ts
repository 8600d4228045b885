import { expect } from '@open-wc/testing';
import { errorFromResponse } from '@profile-elements/chatwoot-adapter';
import { SETTINGS_ERROR_KINDS, SettingsError, isSettingsError } from '@profile-elements/core';

describe('Chatwoot error envelopes → SettingsError', () => {
  it('maps record-invalid messages onto their fields, dropping Devise duplicates', () => {
    const error = errorFromResponse(422, {
      message:
        'Email has already been taken, Email has already been taken, Display name is too long (maximum is 255 characters)',
      attributes: ['email', 'display_name'],
    });
    expect(error.kind).to.equal('validation');
    expect(error.fields).to.deep.equal({
      email: ['Email has already been taken'],
      displayName: ['Display name is too long (maximum is 255 characters)'],
    });
  });

  it('puts "Password confirmation …" on the confirmation, not the password', () => {
    const error = errorFromResponse(422, {
      message: "Password must contain at least 6 characters, Password confirmation doesn't match Password",
      attributes: ['password', 'password_confirmation'],
    });
    expect(error.fields.password).to.deep.equal(['Password must contain at least 6 characters']);
    expect(error.fields.passwordConfirmation).to.deep.equal(["Password confirmation doesn't match Password"]);
  });

  it('maps "Invalid current password" onto the current-password field', () => {
    const error = errorFromResponse(422, { error: 'Invalid current password' });
    expect(error.kind).to.equal('validation');
    expect(error.fields).to.deep.equal({ currentPassword: ['Invalid current password'] });
  });

  for (const [status, body, kind, message] of [
    [401, { error: 'Invalid Access Token' }, 'auth', 'Invalid Access Token'],
    [
      401,
      { errors: ['You need to sign in or sign up before continuing.'] },
      'auth',
      'You need to sign in or sign up before continuing.',
    ],
    [404, { error: 'Resource could not be found' }, 'not-found', 'Resource could not be found'],
    [409, {}, 'conflict', 'The server answered 409'],
    [
      422,
      { error: 'param is missing or the value is empty: profile' },
      'validation',
      'param is missing or the value is empty: profile',
    ],
    [500, undefined, 'server', 'The server answered 500'],
    [502, '<html>Bad gateway</html>', 'server', 'The server answered 502'],
    [408, undefined, 'busy', 'The server gave up waiting for the request'],
    [429, 'Retry later', 'busy', 'Too many requests: the server asks to wait'],
    [
      429,
      { error: 'Too many attempts. Try again in 15 minutes.' },
      'busy',
      'Too many attempts. Try again in 15 minutes.',
    ],
    [503, undefined, 'busy', 'The server is busy or down for maintenance'],
  ] as const) {
    it(`${status} ${JSON.stringify(body)} → ${kind}`, () => {
      const error = errorFromResponse(status, body);
      expect(error.kind).to.equal(kind);
      expect(error.message).to.equal(message);
      expect(error.status).to.equal(status);
    });
  }

  it('busy answers carry retryAfter and are retryable; other kinds never carry it', () => {
    const busy = errorFromResponse(429, undefined, 30);
    expect(busy.kind).to.equal('busy');
    expect(busy.retryAfter).to.equal(30);
    expect(busy.retryable).to.equal(true);
    expect(errorFromResponse(503, undefined).retryAfter).to.equal(undefined);
    expect(errorFromResponse(500, undefined, 30).retryAfter).to.equal(undefined);
  });

  it('SettingsError: busy is one of SETTINGS_ERROR_KINDS, and retryAfter is an option', () => {
    expect(SETTINGS_ERROR_KINDS).to.include('busy');
    const error = new SettingsError('busy', 'wait', { retryAfter: 5, status: 503 });
    expect(error.retryAfter).to.equal(5);
    expect(error.retryable).to.equal(true);
    expect(isSettingsError(error)).to.equal(true);
    expect(new SettingsError('validation', 'no').retryAfter).to.equal(undefined);
  });
});
