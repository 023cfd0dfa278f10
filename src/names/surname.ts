// The surname key: the skeleton with the Ukrainian↔Russian surname correspondences collapsed,
// so that Гайворонський/Гайворонский, Петрів/Петров, Олійник/Олейник and Білодід/Белодед meet.
// The correspondences are regular expressions over skeleton words (surname_rules.tsv) and a few
// stems that the two languages spell differently (surname_roots_ua_ru.tsv).
import { normaliseText } from './normalise.js';
import { latinSkeleton, skeletonOfNormalised } from './skeleton.js';
import { surnameRootRows, surnameRuleRows } from './tables.js';

const rootSkeleton = (root: string): string => skeletonOfNormalised(normaliseText(root));

/** Russian stems rewritten to the Ukrainian ones, at the start of a word only. */
const UA_ROOT = new Map(surnameRootRows.map((row) => [rootSkeleton(row.ru), rootSkeleton(row.ua)]));
const ROOT_RE = new RegExp(
  `^(?:${[...UA_ROOT.keys()].sort((a, b) => b.length - a.length).join('|')})`,
  'u',
);
const RULES = surnameRuleRows.map(
  (row) => [new RegExp(row.pattern, 'gu'), row.replacement] as const,
);

function surnameWordKey(word: string): string {
  let key = word.replace(ROOT_RE, (root) => UA_ROOT.get(root) ?? root);
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}

/**
 * Key under which the Ukrainian and Russian forms of one surname, in any script, are equal:
 * -ський/-ский, -ська/-ская, -зький/-жский, -ець/-ец, -ар/-арь, -ів/-ив/-ов/-ев, -ий/-ый/-ой,
 * ій/ей, final і/о/е, без-/бес-, біл-/бел-, чорн-/черн-, вовк-/волк-. Each word of a double
 * surname is keyed on its own.
 */
export function surnameKey(s: string): string {
  return surnameKeyOfSkeleton(latinSkeleton(s));
}

/** surnameKey of a name already reduced to its skeleton. */
export function surnameKeyOfSkeleton(skeleton: string): string {
  return skeleton.includes(' ')
    ? skeleton.split(' ').map(surnameWordKey).join(' ')
    : surnameWordKey(skeleton);
}
