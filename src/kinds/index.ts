// The registry of kinds of list: one profile per id of KINDS (src/model.ts); the type makes a
// missing profile a compile error.
import type { ListKind } from '../model.js';
import { POW } from './pow.js';
import type { KindProfile } from './profile.js';
import { REMAINS } from './remains.js';

export const PROFILES: Readonly<Record<ListKind, KindProfile>> = { pow: POW, remains: REMAINS };

export const profileOf = (kind: ListKind): KindProfile => PROFILES[kind];

export type { KindProfile } from './profile.js';
