export { ChatwootAdapter, type ChatwootAdapterOptions } from './chatwoot-adapter.js';
export type { TokenSource } from './credentials.js';
export { errorFromResponse, fieldsFromRecordInvalid } from './chatwoot-errors.js';
