// The receiver's store: one append-only file, one JSON line per submission, each submission's body encrypted with
// AES-256-GCM. A line is written and flushed to disk (fsync) before the sender is answered, so an answered
// submission survives a crash or a power cut; the index (which keys are stored) is rebuilt from the file on start.
//
// A line: {"v":1,"id":"<Idempotency-Key>","receivedAt":"<ISO time>","format":"json"|"fhir","digest":"…","iv":"…","tag":"…","data":"…"}
// Only the id (a random UUID the widget made), the time and the format are readable without the key. `digest` is an
// HMAC of the body (to tell a repeat from a different body under the same key), `data` the encrypted body.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';

const VERSION = 1;

/**
 * @typedef {'json' | 'fhir'} Format
 * @typedef {{ id: string, receivedAt: string, format: Format, digest: string }} RecordMeta
 * @typedef {RecordMeta & { v: number, iv: string, tag: string, data: string }} StoredLine
 * @typedef {'stored' | 'repeat' | 'conflict'} SaveResult
 */

/**
 * The two keys derived from the 32-byte master key: one encrypts, the other makes the body digests. (One key
 * for two purposes would tie them together; HKDF separates them.)
 * @param {Buffer} masterKey
 */
function keysFrom(masterKey) {
  if (masterKey.length !== 32) throw new Error(`the key must be 32 bytes (it is ${masterKey.length})`);
  const derive = (/** @type {string} */ info) => Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, 32));
  return { encryption: derive('kc-receiver encryption'), digest: derive('kc-receiver body digest') };
}

/**
 * Reads a key given as 64 hex digits or as base64 of 32 bytes.
 * @param {string | undefined} text
 * @returns {Buffer}
 */
export function parseKey(text) {
  const trimmed = (text ?? '').trim();
  if (!trimmed) throw new Error('no key: set RECEIVER_KEY (or RECEIVER_KEY_FILE) to 32 random bytes, as base64 or hex');
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  if (key.length !== 32 || (!/^[0-9a-f]{64}$/i.test(trimmed) && key.toString('base64') !== trimmed))
    throw new Error('the key must be 32 bytes, written as base64 (44 characters) or hex (64 characters)');
  return key;
}

/** What binds a ciphertext to its line: moving a body to another id or time makes it fail to decrypt. */
const associatedData = (/** @type {RecordMeta} */ m) =>
  Buffer.from(`${VERSION}\n${m.id}\n${m.receivedAt}\n${m.format}\n${m.digest}`);

/**
 * Reads the file's lines. A torn last line (a write cut short by a crash; it was never acknowledged, so its sender
 * retries) is reported as `tornAt`, the offset to cut it at. A damaged line followed by good ones is not a torn
 * write: that throws.
 * @param {string} file
 * @returns {{ lines: StoredLine[], tornAt?: number, tornBytes?: number }}
 */
export function readLines(file) {
  if (!existsSync(file)) return { lines: [] };
  const text = readFileSync(file);
  /** @type {StoredLine[]} */
  const lines = [];
  let offset = 0;
  /** @type {number | undefined} */
  let badAt;
  while (offset < text.length) {
    const end = text.indexOf(0x0a, offset);
    const raw = text.subarray(offset, end === -1 ? text.length : end).toString('utf8');
    const line = end === -1 ? undefined : parseLine(raw);
    if (line && badAt !== undefined) throw new Error(`${file}: the line at byte ${badAt} is damaged, and records follow it`);
    if (line) lines.push(line);
    else badAt ??= offset;
    offset = end === -1 ? text.length : end + 1;
  }
  return badAt === undefined ? { lines } : { lines, tornAt: badAt, tornBytes: text.length - badAt };
}

/** @param {string} raw */
function parseLine(raw) {
  try {
    const line = JSON.parse(raw);
    const fields = ['id', 'receivedAt', 'format', 'digest', 'iv', 'tag', 'data'];
    return line?.v === VERSION && fields.every((f) => typeof line[f] === 'string') ? /** @type {StoredLine} */ (line) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decrypts one line's body.
 * @param {StoredLine} line
 * @param {Buffer} masterKey
 */
export function decryptLine(line, masterKey) {
  const decipher = createDecipheriv('aes-256-gcm', keysFrom(masterKey).encryption, Buffer.from(line.iv, 'base64'));
  decipher.setAAD(associatedData(line));
  decipher.setAuthTag(Buffer.from(line.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(line.data, 'base64')), decipher.final()]).toString('utf8');
}

/**
 * Opens (or creates) the store in `file`, cutting off a torn last line, and checks that `masterKey` decrypts it.
 * @param {string} file
 * @param {Buffer} masterKey
 * @param {{ warn?: (message: string) => void }} [options]
 */
export async function openStore(file, masterKey, { warn = console.warn } = {}) {
  const keys = keysFrom(masterKey);
  const created = !existsSync(file);
  const { lines, tornAt, tornBytes } = readLines(file);
  if (lines[0]) {
    try {
      decryptLine(lines[0], masterKey);
    } catch {
      throw new Error(`the key does not decrypt ${file}: is RECEIVER_KEY the key this file was written with?`);
    }
  }
  const handle = await open(file, 'a');
  if (tornAt !== undefined) {
    await handle.truncate(tornAt);
    await handle.datasync();
    warn(`store: cut off a torn last record (${tornBytes} bytes, never acknowledged) from ${file}`);
  }
  if (created) {
    // The new file's name must survive a crash too: flush its folder.
    const folder = await open(dirname(file), 'r');
    await folder.sync().finally(() => folder.close());
  }

  /** Every stored key, and the write of a key still in progress: `durable` settles once it is on disk. */
  /** @type {Map<string, { digest: string, durable: Promise<void> }>} */
  const index = new Map();
  for (const line of lines) {
    if (index.has(line.id)) warn(`store: ${line.id} is in the file twice; the first is kept`);
    else index.set(line.id, { digest: line.digest, durable: Promise.resolve() });
  }

  /** Lines waiting for the next write, each with what to call once it is on disk (or failed). */
  /** @type {{ text: string, done: (error?: Error) => void }[]} */
  let waiting = [];
  let writing = false;
  /** @type {Error | undefined} */
  let broken;

  // Group commit: every line that arrived while the last write and fsync ran goes out in one write and one fsync.
  async function writeWaiting() {
    if (writing) return;
    writing = true;
    while (waiting.length) {
      const batch = waiting;
      waiting = [];
      try {
        if (broken) throw broken;
        // A write may take less than it was given (a nearly full disk): the rest goes after it, or the write fails.
        const bytes = Buffer.from(batch.map((w) => w.text).join(''));
        for (let at = 0; at < bytes.length;) {
          const { bytesWritten } = await handle.write(bytes, at);
          if (bytesWritten === 0) throw new Error('nothing was written');
          at += bytesWritten;
        }
        await handle.datasync();
        for (const w of batch) w.done();
      } catch (error) {
        // After a failed write the file may end in a partial line: write nothing more until a restart cuts it off.
        broken ??= new Error(`the store could not write (${/** @type {Error} */ (error).message}); restart the receiver`);
        for (const w of batch) w.done(broken);
      }
    }
    writing = false;
  }

  return {
    /** How many submissions are stored (or being stored). */
    get size() {
      return index.size;
    },

    /**
     * Stores `body` under `id` once. Resolves once it is on disk: `stored` for a new id, `repeat` when this id was
     * stored with the same body (also when that write is still in progress), `conflict` when with another body.
     * Rejects when the write fails (nothing was acknowledged: the sender may retry).
     * @param {string} id
     * @param {Format} format
     * @param {Buffer} body
     * @returns {Promise<SaveResult>}
     */
    async save(id, format, body) {
      const digest = createHmac('sha256', keys.digest).update(format).update('\n').update(body).digest('base64url');
      // Checked and claimed in one synchronous step: a second request for this id waits for the first's write.
      const existing = index.get(id);
      if (existing) {
        await existing.durable;
        return existing.digest === digest ? 'repeat' : 'conflict';
      }
      if (broken) throw broken;
      const meta = { id, receivedAt: new Date().toISOString(), format, digest };
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
      cipher.setAAD(associatedData(meta));
      const data = Buffer.concat([cipher.update(body), cipher.final()]);
      const line = { v: VERSION, ...meta, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
      const text = `${JSON.stringify({ ...line, data: data.toString('base64') })}\n`;
      const durable = new Promise((resolve, reject) => waiting.push({ text, done: (e) => (e ? reject(e) : resolve()) }));
      index.set(id, { digest, durable: /** @type {Promise<void>} */ (durable) });
      void writeWaiting();
      try {
        await durable;
      } catch (error) {
        index.delete(id);
        throw error;
      }
      return 'stored';
    },

    /** Waits for the writes in progress, then closes the file. */
    async close() {
      await Promise.allSettled([...index.values()].map((entry) => entry.durable));
      await handle.close();
    },
  };
}
