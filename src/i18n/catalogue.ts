/** The shape of a language's catalogue: English's keys, each with that language's message. */
import type { englishMessages } from './catalogues/en.ts';

/** A message's key, like `summary.title`; English's catalogue lists them all. */
export type MessageKey = keyof typeof englishMessages;

export interface Catalogue {
  /** The locale numbers and dates follow when the account names none (`de` -> `de-DE`). */
  locale: string;
  /** Every key of the English catalogue, no more: the compiler refuses a missing or extra one. */
  messages: Record<MessageKey, string>;
}
