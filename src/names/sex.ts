// The sex a person's names show, for lists that have no `sex` column: a given name the tables
// know is a man's or a woman's (Олег, Ольга), a patronymic's suffix says it (-ович, -івна), and
// some surname forms do (-ська, -ова). Evidence in that order; the first that speaks decides.
import type { Sex } from '../model.js';
import { givenNameId, givenNameSex, patronymicSex, surnameSex } from './index.js';

export interface NameParts {
  surname?: string | undefined;
  givenName?: string | undefined;
  patronymic?: string | undefined;
}

/** The sex the names show, or undefined when none of them tells. */
export function sexOfNames(parts: NameParts): Sex | undefined {
  const given = parts.givenName ? givenNameId(parts.givenName) : undefined;
  return (
    (given !== undefined ? givenNameSex(given) : undefined) ??
    (parts.patronymic ? patronymicSex(parts.patronymic) : undefined) ??
    (parts.surname ? surnameSex(parts.surname) : undefined)
  );
}
