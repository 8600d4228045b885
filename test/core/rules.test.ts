import { expect } from '@open-wc/testing';
import {
  SettingsError,
  charLength,
  checkDisplayName,
  checkEmail,
  checkName,
  diffProfile,
  isAbortError,
  isSettingsError,
  nextSectionStatus,
  normalizeEmail,
  type Profile,
} from '@profile-elements/core';

const long = (n: number) => 'a'.repeat(n);

describe('core rules', () => {
  it('requires a full name and caps it at 255 characters', () => {
    expect(checkName('')).to.equal('required');
    expect(checkName('   ')).to.equal('required');
    expect(checkName('Jane')).to.equal(null);
    expect(checkName(long(255))).to.equal(null);
    expect(checkName(long(256))).to.equal('too-long');
  });

  it('counts characters as code points, as the server does', () => {
    expect(charLength('😀😀')).to.equal(2);
    expect(checkName('😀'.repeat(255))).to.equal(null);
    expect(checkName('😀'.repeat(256))).to.equal('too-long');
  });

  it('lets the display name be empty but not too long', () => {
    expect(checkDisplayName('')).to.equal(null);
    expect(checkDisplayName(long(256))).to.equal('too-long');
  });

  for (const [email, expected] of [
    ['', 'required'],
    ['  ', 'required'],
    ['jane@example.com', null],
    ['  Jane@Example.COM ', null],
    ['jane', 'invalid'],
    ['jane@@example.com', 'invalid'],
    ['ja ne@example.com', 'invalid'],
    ['jane@example', 'no-domain'],
    ['jane@exa_mple.com', 'no-domain'],
    [`${long(250)}@example.com`, 'too-long'],
  ] as const) {
    it(`checks email ${JSON.stringify(email)} → ${expected}`, () => {
      expect(checkEmail(email)).to.equal(expected);
    });
  }

  it('normalises emails like Devise (trimmed, lower case)', () => {
    expect(normalizeEmail('  Jane@Example.COM ')).to.equal('jane@example.com');
  });
});

describe('diffProfile', () => {
  const saved: Profile = {
    id: '1',
    name: 'Jane',
    displayName: '',
    email: 'jane@example.com',
    pendingEmail: null,
    avatarUrl: '',
  };

  it('keeps only changed fields', () => {
    expect(diffProfile(saved, { name: 'Jane', displayName: 'J', email: 'jane@example.com' })).to.deep.equal({
      displayName: 'J',
    });
  });

  it('treats a re-typed email in other case as unchanged, and sends a changed one normalised', () => {
    expect(diffProfile(saved, { name: 'Jane', displayName: '', email: ' JANE@example.com' })).to.deep.equal(
      {},
    );
    expect(diffProfile(saved, { name: 'Jane', displayName: '', email: ' New@Example.com ' })).to.deep.equal({
      email: 'new@example.com',
    });
  });
});

describe('section state machine', () => {
  it('follows idle → loading → ready → saving → saved', () => {
    expect(nextSectionStatus('idle', 'load')).to.equal('loading');
    expect(nextSectionStatus('loading', 'loaded')).to.equal('ready');
    expect(nextSectionStatus('ready', 'save')).to.equal('saving');
    expect(nextSectionStatus('saving', 'saved')).to.equal('saved');
    expect(nextSectionStatus('saved', 'save')).to.equal('saving');
  });

  it('refuses a second save while one runs, and a save before loading', () => {
    expect(nextSectionStatus('saving', 'save')).to.equal(null);
    expect(nextSectionStatus('idle', 'save')).to.equal(null);
    expect(nextSectionStatus('loading', 'save')).to.equal(null);
  });

  it('lets an error be retried by loading or saving again', () => {
    expect(nextSectionStatus('loading', 'failed')).to.equal('error');
    expect(nextSectionStatus('error', 'load')).to.equal('loading');
    expect(nextSectionStatus('error', 'save')).to.equal('saving');
  });
});

describe('SettingsError', () => {
  it('says which kinds are worth retrying', () => {
    expect(new SettingsError('network', 'x').retryable).to.equal(true);
    expect(new SettingsError('server', 'x').retryable).to.equal(true);
    expect(new SettingsError('validation', 'x').retryable).to.equal(false);
    expect(new SettingsError('auth', 'x').retryable).to.equal(false);
  });

  it('is recognised, also from another copy of core', () => {
    const foreign = Object.assign(new Error('x'), { name: 'SettingsError', kind: 'auth' });
    expect(isSettingsError(new SettingsError('auth', 'x'))).to.equal(true);
    expect(isSettingsError(foreign)).to.equal(true);
    expect(isSettingsError(new Error('x'))).to.equal(false);
    expect(isAbortError(new DOMException('x', 'AbortError'))).to.equal(true);
  });
});
