// Everything a report needs about one run, gathered by the shell and passed to the renderers.
import type { Agreement } from '../agreement/terms.js';
import type { ReconcileResult } from '../core/reconcile.js';
import type { PersonList } from '../model.js';

export interface RunReport {
  tool: { name: string; version: string };
  agreement: Agreement;
  matcher: { name: string; thresholds?: { match: number; review: number } };
  a: PersonList;
  b: PersonList;
  result: ReconcileResult;
}

export const labelsOf = (run: Pick<RunReport, 'a' | 'b'>) => ({ a: run.a.label, b: run.b.label });
