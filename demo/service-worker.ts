// The demo's service worker, registered under the page's Trusted Types policy: `register()` takes a
// script URL, which a page that requires Trusted Types for scripts must hand over as a
// TrustedScriptURL made by a policy it allows by name (scripts/demo-server.ts allows this one).

/** Trusted Types are not in TypeScript's DOM library yet: the little used here. */
interface ScriptUrlPolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}
/** Its `createScriptURL` returns a TrustedScriptURL, which `register()` takes where a string goes. */
interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}

const SCRIPT = '/sw.js';

/** Registers `/sw.js`; the policy vouches for that one URL and refuses any other. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const factory = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  const policy = factory?.createPolicy('demo-service-worker', {
    createScriptURL(url) {
      if (url !== SCRIPT) throw new TypeError(`Not the demo's service worker: ${url}`);
      return url;
    },
  });
  void navigator.serviceWorker.register(policy ? policy.createScriptURL(SCRIPT) : SCRIPT);
}
