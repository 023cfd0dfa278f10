// The name layer: normalise a name, key it across scripts and languages, split a full name,
// compare two names. The matcher imports from here.
export { normaliseText, exactKey } from './normalise.js';
export { latinSkeleton } from './skeleton.js';
export { surnameKey } from './surname.js';
export { givenNameId, givenNameSex, isKnownGivenName } from './given-names.js';
export { patronymicId, looksLikePatronymic } from './patronymics.js';
export { splitFullName, type FullNameParts } from './full-name.js';
export { phoneticKeys } from './phonetic.js';
export { nameSimilarity } from './similarity.js';
