// The page's browser script and style sheet: plain files in assets/report-html/ (beside data/,
// listed in package.json "files"), read when a report is rendered, so they need no build step
// and are the same in a clone and in the published package.
import { readFileSync } from 'node:fs';
import { repoPath } from '../../data.js';

let cached: { script: string; style: string } | undefined;

export function pageAssets(): { script: string; style: string } {
  cached ??= {
    script: readFileSync(repoPath('assets/report-html/page.js'), 'utf8'),
    style: readFileSync(repoPath('assets/report-html/page.css'), 'utf8'),
  };
  return cached;
}
