// The name layer: normalise a name, key it across scripts and languages, split a full name,
// compare two names. The matcher imports from here; the keys it calls per record are memoised.
import { givenNameCandidates as givenNameCandidatesOf, givenNameId as givenNameIdOf } from './given-names.js';
import { memo } from './memo.js';
import { patronymicId as patronymicIdOf, patronymicSex as patronymicSexOf } from './patronymics.js';
import { phoneticKeys as phoneticKeysOf } from './phonetic.js';
import { surnameSex as surnameSexOf, surnameVariantKeys as surnameVariantKeysOf } from './surname.js';

export { normaliseText, exactKey } from './normalise.js';
export { givenNameIdForSex, givenNamesMayAgree, givenNameSex, givenNameSkeletons, isKnownGivenName } from './given-names.js';
export { looksLikePatronymic, patronymicSkeletons } from './patronymics.js';
export { splitFullName, type FullNameParts } from './full-name.js';
export { nameSimilarity } from './similarity.js';
// Memoised where they are made, for the name layer's own callers too.
export { latinSkeleton } from './skeleton.js';
export { surnameKey, surnameMasculineKeys } from './surname.js';

export const givenNameId = memo(givenNameIdOf);
export const givenNameCandidates = memo(givenNameCandidatesOf);
export const patronymicId = memo(patronymicIdOf);
export const patronymicSex = memo(patronymicSexOf);
export const phoneticKeys = memo(phoneticKeysOf);
export const surnameVariantKeys = memo(surnameVariantKeysOf);
export const surnameSex = memo(surnameSexOf);
