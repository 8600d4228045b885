export { ChatwootAdapter, type ChatwootAdapterOptions } from './chatwoot-adapter.js';
export { errorFromResponse, fieldsFromRecordInvalid } from './chatwoot-errors.js';
