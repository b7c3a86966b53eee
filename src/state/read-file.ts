import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open, lstat, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from './validate-ajv.ts';

/** Largest state or mapping file read (1 MiB); a real state file is a few hundred bytes. */
const MAX_FILE_BYTES = 1024 * 1024;

export type FileReadResult =
  | {
      ok: true;
      text: string;
      /** The file starts with a UTF-8 byte order mark, which `text` leaves out. */
      bom: boolean;
    }
  | { ok: false; issue: Issue };

/**
 * Reads a UTF-8 text file that must stay inside `root` (after resolving symlinks), is a regular file
 * and is at most `maxBytes` long. Never throws for a bad file: it returns an issue naming `display`.
 * Files in state/ and mappings/ come from pull requests, so they are treated as hostile.
 */
export async function readBoundedFile(
  root: string,
  file: string,
  display: string,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<FileReadResult> {
  const fail = (message: string, rule: string): FileReadResult => failure(display, message, rule);
  try {
    // Resolved for every file, not only for symlinks: a symlinked parent folder (state/users -> /)
    // committed in a pull request must not lead the reader out of the tree either.
    const [link, target, realRoot] = await Promise.all([lstat(file), realpath(file), realpath(root)]);
    if (!isInside(target, realRoot)) {
      const what = link.isSymbolicLink()
        ? 'is a symbolic link pointing'
        : 'is reached through a symbolic link leading';
      return fail(`${what} outside ${path.basename(root)}/; refusing to read it`, 'symlink-escape');
    }
    const handle = await open(file, 'r');
    try {
      // Checked on the open handle, so the file cannot be swapped between the check and the read.
      const stat = await handle.stat();
      const problem = checkStat(stat, maxBytes);
      if (problem !== undefined) return fail(...problem);
      // One byte more than announced, to notice a file that grew after the stat.
      const buffer = Buffer.alloc(stat.size + 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return decode(buffer, bytesRead, stat.size, display);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return fail(`cannot be read (${code})`, 'unreadable');
  }
}

/**
 * The fast path of readBoundedFile for a file whose folder is already known to lie inside the root:
 * synchronous (thousands of small files read far faster without a promise per system call) and
 * opened with O_NOFOLLOW, so it never follows a symbolic link. Returns 'symlink' for a link, which
 * the caller then hands to readBoundedFile to resolve and check.
 */
export function readRegularFileSync(
  file: string,
  display: string,
  maxBytes: number = MAX_FILE_BYTES,
): FileReadResult | 'symlink' {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO planted in state/ would otherwise block the open forever; fstat then rejects it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    if (code === 'ELOOP') return 'symlink';
    return failure(display, `cannot be read (${code})`, 'unreadable');
  }
  try {
    const stat = fstatSync(fd);
    const problem = checkStat(stat, maxBytes);
    if (problem !== undefined) return failure(display, ...problem);
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    const bytesRead = readSync(fd, buffer, 0, buffer.length, 0);
    return decode(buffer, bytesRead, stat.size, display);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return failure(display, `cannot be read (${code})`, 'unreadable');
  } finally {
    closeSync(fd);
  }
}

function checkStat(
  stat: { isFile(): boolean; size: number },
  maxBytes: number,
): [message: string, rule: string] | undefined {
  if (!stat.isFile()) return ['is not a regular file', 'not-a-file'];
  if (stat.size > maxBytes) {
    return [`is ${formatBytes(stat.size)}, larger than the ${formatBytes(maxBytes)} limit`, 'file-too-large'];
  }
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function failure(display: string, message: string, rule: string): FileReadResult {
  return { ok: false, issue: { file: display, pointer: '', message, rule } };
}

function decode(buffer: Buffer, bytesRead: number, size: number, display: string): FileReadResult {
  const fail = (message: string, rule: string): FileReadResult => failure(display, message, rule);
  // The buffer is one byte larger than the file was: more bytes means it grew after the stat.
  if (bytesRead > size) return fail('changed while being read; run again', 'unreadable');
  try {
    // TextDecoder strips a leading BOM, which editors on Windows add; nothing else to normalise.
    const bom = bytesRead >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
    return { ok: true, text: utf8.decode(buffer.subarray(0, bytesRead)), bom };
  } catch {
    return fail('is not valid UTF-8 text', 'utf8');
  }
}

export function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}
