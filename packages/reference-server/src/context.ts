/** What every route needs from the running server, handed to each route module explicitly. */
import type { Store } from './db/store.js';
import type { MultipartLimits } from './http/multipart.js';
import type { PasswordThrottle } from './security/password-throttle.js';
import type { ScryptCost } from './security/passwords.js';

export interface AppContext {
  store: Store;
  /** The server's own origin (`http://127.0.0.1:3000`), known only once it listens. */
  baseUrl(): string;
  limits: MultipartLimits;
  /** Counts wrong current passwords per user (one per server: it guards that server's users). */
  passwordThrottle: PasswordThrottle;
  /** The cost of new password hashes; stored hashes of another cost are upgraded to it. */
  passwordCost: ScryptCost;
}
