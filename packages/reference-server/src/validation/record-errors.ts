/**
 * A small stand-in for `ActiveModel::Errors`: messages are kept per attribute in the order they are
 * added, full messages are "<Human attribute> <message>", and `attributes` lists each attribute once.
 */
import { fullMessage } from '@profile-elements/chatwoot-adapter/rules';

export class RecordErrors {
  private readonly entries: { attribute: string; message: string }[] = [];

  /** Adds `message` (without the attribute name, e.g. `can't be blank`) to `attribute`. */
  add(attribute: string, message: string): void {
    this.entries.push({ attribute, message });
  }

  /** Adds every entry of `other` after this one's. */
  merge(other: RecordErrors): void {
    this.entries.push(...other.entries);
  }

  get isEmpty(): boolean {
    return this.entries.length === 0;
  }

  /** The body of Chatwoot's `render_record_invalid`. */
  toBody(): { message: string; attributes: string[] } {
    return {
      message: this.entries.map((e) => fullMessage(e.attribute, e.message)).join(', '),
      attributes: [...new Set(this.entries.map((e) => e.attribute))],
    };
  }
}
