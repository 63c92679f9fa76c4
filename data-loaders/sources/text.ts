/** Plain text: the whole file is one story, one paragraph per line. */
import type { Reader } from './reader.ts';

export const textReader: Reader = {
  name: 'text',
  extensions: ['.txt', '.text'],
  read({ text }) {
    return [{ raw: text.replace(/\r\n?/g, '\n') }];
  },
};
