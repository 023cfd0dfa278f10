// File-system failures in the user's words. Node's own text ("ENOENT: no such file or
// directory, open 'x'") repeats the path and the errno name; messages name the file once.

const DETAILS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory, not a file',
  EEXIST: 'exists and is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EMFILE: 'too many open files',
};

/** A one-line description of a file-system error, or undefined when it is not one. */
export function describeFsError(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return undefined;
  return DETAILS[error.code] ?? `cannot access it (${error.code})`;
}
