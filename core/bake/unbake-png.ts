import { crc32 } from './crc32.ts';
import { KIND_BY_PNG_KEYWORD, type BadgeKind } from './kinds.ts';
import { CHUNK_ITXT, chunkTypeName, storedCrc, walkChunks } from './png-chunks.ts';
import { formatBytes, isTextChunk, readChunkText, readKeyword } from './png-text.ts';
import { UnbakeLog, type BakedPayload, type PayloadSource, type Unbaked } from './unbaked.ts';

const BADGE_KEYWORDS_LOWER: ReadonlyMap<string, string> = new Map(
  [...KIND_BY_PNG_KEYWORD.keys()].map((k) => [k.toLowerCase(), k]),
);

/**
 * Finds badges in a PNG by walking chunk headers; pixel data is never decoded or even read.
 * OB 3.0 §5.3.1 "Extracting": the first iTXt chunk with the keyword wins; any text chunk before IEND counts.
 */
export function unbakePng(bytes: Uint8Array, maxInflatedBytes: number): Unbaked {
  const log = new UnbakeLog();
  const payloads: BakedPayload[] = [];
  const seen = new Set<BadgeKind>();

  const end = walkChunks(bytes, (type, dataStart, length, offset) => {
    if (!isTextChunk(type)) return;
    const keyword = readKeyword(bytes, dataStart, length);
    if (keyword === undefined) return;
    const name = chunkTypeName(type);
    const kind = KIND_BY_PNG_KEYWORD.get(keyword);
    if (kind === undefined) {
      const meant = BADGE_KEYWORDS_LOWER.get(keyword.toLowerCase());
      if (meant !== undefined) {
        log.warn('keyword-case', `${name === 'iTXt' ? 'An' : 'A'} ${name} chunk with keyword '${keyword}' was ignored: PNG keywords are case-sensitive and the badge keyword is '${meant}'.`);
      }
      return;
    }
    if (seen.has(kind)) {
      log.warn('duplicate', `A second '${keyword}' chunk at byte ${offset} was ignored: only the first one counts.`);
      return;
    }
    const dataEnd = dataStart + length;
    if (crc32(bytes, offset + 4, dataEnd) !== storedCrc(bytes, dataStart, length)) {
      log.reject('corrupt', 'corrupt-chunk', `The '${keyword}' ${name} chunk at byte ${offset} is corrupt (its CRC does not match), so it was not read.`);
      return;
    }
    const read = readChunkText(bytes, type, dataStart + keyword.length, dataEnd, maxInflatedBytes);
    if (!read.ok) {
      log.reject(read.reason, 'unreadable', `The '${keyword}' chunk at byte ${offset} could not be read: ${read.message}.`);
      return;
    }
    const payload = read.text.trim();
    if (payload === '') {
      log.reject('corrupt', 'unreadable', `The '${keyword}' chunk at byte ${offset} is empty.`);
      return;
    }
    if (type !== CHUNK_ITXT) {
      log.warn('legacy-chunk', `The badge is in a ${name} chunk; the specifications call for iTXt.`);
    }
    if (read.compressed) {
      log.warn('compressed', `The '${keyword}' text is compressed; the specification says compression must not be used.`);
    }
    seen.add(kind);
    payloads.push({ kind, format: 'png', source: name as PayloadSource, keyword, payload, offset });
  });

  if (end.kind === 'truncated') {
    const message = `The PNG is truncated: the chunk at byte ${end.at} runs past the end of the file (${formatBytes(bytes.length)}).`;
    if (payloads.length === 0) return { found: false, format: 'png', reason: 'truncated', message, warnings: log.warnings };
    log.warn('truncated', message);
  }
  return log.result('png', payloads, 'This PNG has no Open Badge baked into it.');
}
