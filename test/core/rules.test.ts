import { expect } from '@open-wc/testing';
import {
  DEFAULT_PROFILE_RULES,
  SettingsError,
  charLength,
  checkAvatar,
  checkDisplayName,
  checkEmail,
  checkName,
  diffProfile,
  isAbortError,
  isSettingsError,
  nextSectionStatus,
  normalizeEmail,
  type Profile,
  type ProfileRules,
} from '@profile-elements/core';

const long = (n: number) => 'a'.repeat(n);
const file = (type: string, size = 1) => new Blob([new Uint8Array(size)], { type });

describe('core rules', () => {
  it('requires a full name and caps it at 255 characters by default', () => {
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
    ['jane@example', 'invalid'],
    ['jane@exa_mple.com', 'invalid'],
    ['jane@example.c', 'invalid'],
    [`${long(250)}@example.com`, 'too-long'],
  ] as const) {
    it(`checks email ${JSON.stringify(email)} → ${expected}`, () => {
      expect(checkEmail(email)).to.equal(expected);
    });
  }

  it('normalises emails (trimmed, lower case)', () => {
    expect(normalizeEmail('  Jane@Example.COM ')).to.equal('jane@example.com');
  });

  it('accepts JPEG, PNG and GIF up to 15 MiB by default, checking the type first', () => {
    expect(DEFAULT_PROFILE_RULES.avatarMaxBytes).to.equal(15 * 1024 * 1024);
    expect(
      ['image/jpeg', 'image/png', 'image/gif', 'image/webp', ''].map((t) => checkAvatar(file(t))),
    ).to.deep.equal([null, null, null, 'type', 'type']);
    const limit = DEFAULT_PROFILE_RULES.avatarMaxBytes;
    expect(checkAvatar(file('image/png', limit))).to.equal(null);
    expect(checkAvatar(file('image/png', limit + 1))).to.equal('size');
    expect(checkAvatar(file('image/webp', limit + 1))).to.equal('type');
  });

  it('checks against the rules it is given instead of the defaults', () => {
    const rules: ProfileRules = { maxLength: 5, avatarTypes: ['image/webp'], avatarMaxBytes: 10 };
    expect([checkName('Janet', rules), checkName('Janeth', rules)]).to.deep.equal([null, 'too-long']);
    expect(checkDisplayName('Janeth', rules)).to.equal('too-long');
    expect(checkEmail('a@b.co', rules)).to.equal('too-long');
    expect(
      [file('image/webp'), file('image/png'), file('image/webp', 11)].map((f) => checkAvatar(f, rules)),
    ).to.deep.equal([null, 'type', 'size']);
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
    const kinds = ['network', 'server', 'validation', 'auth'] as const;
    expect(kinds.filter((kind) => new SettingsError(kind, 'x').retryable)).to.deep.equal([
      'network',
      'server',
    ]);
  });

  it('is recognised, also from another copy of core', () => {
    const foreign = Object.assign(new Error('x'), { name: 'SettingsError', kind: 'auth' });
    const unknownKind = Object.assign(new Error('x'), { name: 'SettingsError', kind: 'oops' });
    expect(
      [new SettingsError('auth', 'x'), foreign, unknownKind, new Error('x')].map(isSettingsError),
    ).to.deep.equal([true, true, false, false]);
    expect(
      [new DOMException('x', 'AbortError'), new DOMException('x', 'TimeoutError'), new Error('x')].map(
        isAbortError,
      ),
    ).to.deep.equal([true, false, false]);
  });
});
