// The messages of a run's findings, worded once: discrepancies.csv and report.html both show
// every finding's message, and a run of a million people has hundreds of thousands of them.
import { renderMessage } from '../findings/messages.js';
import type { Lang } from '../i18n/lang.js';
import type { Finding } from '../model.js';
import { labelsOf, type RunReport } from './run.js';

/** By findings list: the labels and language worded in, and the messages, index for index. */
const worded = new WeakMap<readonly Finding[], { a: string; b: string; lang: Lang; messages: string[] }>();

/** The message of each finding of `run`, in the order of `run.result.findings`. */
export function findingMessages(run: RunReport, lang: Lang): readonly string[] {
  const { findings } = run.result;
  const labels = labelsOf(run);
  const found = worded.get(findings);
  if (found && found.a === labels.a && found.b === labels.b && found.lang === lang) return found.messages;
  const ctx = { labels, lang };
  const messages = findings.map((f) => renderMessage(f, ctx));
  worded.set(findings, { ...labels, lang, messages });
  return messages;
}
