// svelte-check's config for this host: none needed (Svelte 5 reads TypeScript itself), but without
// one svelte-check falls back to the repository's vite.config.ts and reports it as an error.
export default {};
