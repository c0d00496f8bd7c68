// Main answers a refused plan with one sentence per problem, each naming the
// field ("content.actions.0.links.0.url: Links must be web addresses…").
// This turns that back into a message per field, so it shows by the box.
import type { FieldErrors } from '../app/field-errors';

const lead = 'Some details are not right. ';

export function planFieldErrors(message: string, prefix = 'content.'): FieldErrors {
  if (!message.startsWith(lead)) return {};
  const errors: FieldErrors = {};
  for (const sentence of message.slice(lead.length).split('; ')) {
    const match = /^([\w.]+): (.+)$/.exec(sentence);
    if (!match?.[1] || !match[2] || !match[1].startsWith(prefix)) continue;
    errors[match[1].slice(prefix.length)] ??= match[2];
  }
  return errors;
}

export const docxMediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
