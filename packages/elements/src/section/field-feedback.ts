/**
 * When a field shows its error (Lion's rule): after the user has left it with a change, or after a
 * submit. From then on it updates as they type, so a fixed error disappears at once. Errors from the
 * server stay on their field until the user edits that field.
 */
export class FieldFeedback<K extends string> {
  submitted = false;
  readonly #touched = new Set<K>();
  #server: Partial<Record<K, string>> = {};

  /** The user left the field after changing it. */
  touch(field: K): void {
    this.#touched.add(field);
  }

  /** The user edited the field: the server's verdict on the old value no longer holds. */
  edit(field: K): void {
    delete this.#server[field];
  }

  setServerErrors(errors: Partial<Record<K, string>>): void {
    this.#server = { ...errors };
  }

  /** The message to show under `field`: the server's, else the client rule's once feedback is due. */
  message(field: K, clientError: string | null): string | null {
    const server = this.#server[field];
    if (server) return server;
    return this.submitted || this.#touched.has(field) ? clientError : null;
  }

  reset(): void {
    this.submitted = false;
    this.#touched.clear();
    this.#server = {};
  }
}
