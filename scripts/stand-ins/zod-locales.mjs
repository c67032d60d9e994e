// The bundle's zod locales (scripts/bundle.mjs): zod offers every language's messages as `z.locales`.
// qbr's messages are its own (src/validate/issue-message.ts), quoting zod's English at most, which
// zod's schemas register themselves; `z.locales.en` stays for any code that asks for it.
export { default as en } from 'zod/v4/locales/en.js';
