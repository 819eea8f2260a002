import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Read size per open file: the merge has up to 64 run files open at once, so keep each buffer small. */
const CHUNK_BYTES = 64 * 1024;

/**
 * The complete lines of a file, streamed; a last line without its newline (a write cut short by a kill) is not
 * a complete line and is not yielded.
 */
export async function* completeLines(file: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    rest += decoder.write(chunk as Buffer);
    const parts = rest.split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
}
