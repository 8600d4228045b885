// A module resolution hook that adds the `pe-source` export condition, so that the packages resolve to
// their TypeScript sources. Node takes `--conditions` only at start-up, and Playwright's command line
// offers no way to pass it; playwright.config.ts registers this hook instead, in the runner and in
// each worker (both load the config before any test file).
export function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, 'pe-source'] });
}
