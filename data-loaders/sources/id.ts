import { createHash } from 'node:crypto';

/** Stable article id: depends only on the file's corpus-relative path and the story key. */
export function articleId(file: string, key: string | null): string {
  return createHash('sha1')
    .update(key === null ? file : `${file}#${key}`)
    .digest('hex')
    .slice(0, 12);
}
