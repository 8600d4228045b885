/** What every route needs from the running server, handed to each route module explicitly. */
import type { Store } from './db/store.js';
import type { MultipartLimits } from './http/multipart.js';

export interface AppContext {
  store: Store;
  /** The server's own origin (`http://127.0.0.1:3000`), known only once it listens. */
  baseUrl(): string;
  limits: MultipartLimits;
}
