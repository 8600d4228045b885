// Types for manifest-build.mjs: the parts of the custom-elements manifest (schema 2.1) that the README
// tables and the docs test read.
export interface ManifestType {
  text: string;
  references?: { name: string; module?: string; package?: string; start?: number; end?: number }[];
}
export interface ManifestItem {
  name: string;
  description?: string;
  type?: ManifestType;
  default?: string;
  inheritedFrom?: { name: string; module?: string; package?: string };
}
export interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  privacy?: 'public' | 'protected' | 'private';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  parameters?: (ManifestItem & { optional?: boolean })[];
  return?: { type?: ManifestType };
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  superclass?: { name: string; module?: string; package?: string };
  members?: ManifestMember[];
  attributes?: (ManifestItem & { fieldName?: string })[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
  cssStates?: ManifestItem[];
}
export interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ManifestDeclaration[] }[];
}
/** A custom element of the manifest and the path of its module (`src/<tag>/<tag>.ts`). */
export type CustomElement = ManifestDeclaration & { tagName: string; path: string };

export const ELEMENTS_DIR: string;
export function buildManifest(): Promise<Manifest>;
export function customElements(manifest: Manifest): CustomElement[];
