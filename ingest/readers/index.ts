// Reads article files and folders into RawDocuments. Every bad input becomes
// one `{source, reason}` error and the rest is still read: a batch of a
// thousand files must not stop on one broken file.
import type { Stats } from 'node:fs';
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { RawDocument } from '../../contract/extraction.ts';
import { decodeBytes } from './decode.ts';
import { parseHtml } from './html.ts';
import { parseJsonFile, parseJsonLines } from './json.ts';
import { parseMarkdown, parsePlainText } from './text.ts';
import type { ParsedArticle, ReadError, ReadNotice } from './types.ts';

export type { ReadError, ReadNotice } from './types.ts';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const FORMATS: Record<string, Format> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

export interface ReadOptions {
  /** Files larger than this are refused without being read (default 5 MiB). */
  maxBytes?: number;
}

export interface ReadResult {
  documents: RawDocument[];
  errors: ReadError[];
  /** Files read with a caveat (an encoding guessed), one line each. */
  notices: ReadNotice[];
}

function formatOf(file: string): Format | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot read (${code ?? (error as Error).message})`;
  }
}

/** Why a path that is neither a file nor a folder is not read (reading a pipe or /dev/zero never ends). */
function notRegular(info: Stats): string {
  const kind = info.isFIFO()
    ? 'a named pipe'
    : info.isCharacterDevice()
      ? 'a character device'
      : info.isBlockDevice()
        ? 'a block device'
        : info.isSocket()
          ? 'a socket'
          : 'of an unknown kind';
  return `not a regular file (${kind})`;
}

/**
 * Files under a folder, recursively, sorted by name; hidden entries and unsupported
 * extensions are skipped, and anything neither a file nor a folder is named as an error.
 */
async function listFolder(
  folder: string,
  source: string,
  errors: ReadError[],
  seen: Set<string>,
): Promise<{ file: string; source: string }[]> {
  let real: string;
  try {
    real = await realpath(folder);
  } catch (error) {
    errors.push({ source, reason: describeFsError(error) });
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    errors.push({ source, reason: describeFsError(error) });
    return [];
  }
  const files: { file: string; source: string }[] = [];
  for (const name of names.filter((entry) => !entry.startsWith('.')).sort()) {
    const file = path.join(folder, name);
    const childSource = path.join(source, name);
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      // A dangling link inside a folder is reported only if it would have been read.
      if (formatOf(name) !== null) errors.push({ source: childSource, reason: describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) for (const inner of await listFolder(file, childSource, errors, seen)) files.push(inner);
    else if (!info.isFile()) errors.push({ source: childSource, reason: notRegular(info) });
    else if (formatOf(name) !== null) files.push({ file, source: childSource });
  }
  return files;
}

function refused(source: string, reason: string): ReadResult {
  return { documents: [], errors: [{ source, reason }], notices: [] };
}

async function readOne(file: string, source: string, maxBytes: number): Promise<ReadResult> {
  const format = formatOf(file);
  if (format === null) {
    const extension = path.extname(file);
    return refused(
      source,
      extension === '' ? 'unsupported file type (no extension)' : `unsupported file type '${extension}'`,
    );
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) return refused(source, notRegular(info));
    if (info.size > maxBytes) return refused(source, `file too large (${info.size} bytes, limit ${maxBytes})`);
    bytes = await readFile(file);
  } catch (error) {
    return refused(source, describeFsError(error));
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return refused(source, decoded.reason);
  const notices = decoded.notice === undefined ? [] : [{ source, notice: decoded.notice }];

  const toDocument = (docSource: string, article: ParsedArticle): RawDocument | ReadError =>
    article.text.trim() === ''
      ? { source: docSource, reason: 'no text left after removing metadata and page chrome' }
      : { source: docSource, ...article };
  const collect = (pairs: { source: string; article: ParsedArticle }[], errors: ReadError[]): ReadResult => {
    const result: ReadResult = { documents: [], errors, notices };
    for (const pair of pairs) {
      const item = toDocument(pair.source, pair.article);
      if ('reason' in item) result.errors.push(item);
      else result.documents.push(item);
    }
    return result;
  };

  switch (format) {
    case 'json': {
      const { articles, errors } = parseJsonFile(source, decoded.text);
      return collect(articles, errors);
    }
    case 'jsonl': {
      const { articles, errors } = parseJsonLines(source, decoded.text);
      return collect(articles, errors);
    }
    case 'html':
      return collect([{ source, article: parseHtml(decoded.text) }], []);
    case 'markdown':
      return collect([{ source, article: parseMarkdown(decoded.text) }], []);
    case 'text':
      return collect([{ source, article: parsePlainText(decoded.text) }], []);
  }
}

/**
 * Reads files and folders (recursively, in sorted order) into documents.
 * `source` is each path as given, joined with the path inside a folder.
 */
export async function readInputs(paths: string[], options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const result: ReadResult = { documents: [], errors: [], notices: [] };
  const seen = new Set<string>();
  for (const given of paths) {
    let targets: { file: string; source: string }[];
    try {
      const info = await lstat(given).then((link) => (link.isSymbolicLink() ? stat(given) : link));
      targets = info.isDirectory()
        ? await listFolder(given, given, result.errors, seen)
        : [{ file: given, source: given }];
    } catch (error) {
      result.errors.push({ source: given, reason: describeFsError(error) });
      continue;
    }
    for (const target of targets) {
      const one = await readOne(target.file, target.source, maxBytes);
      // A loop, not push(...): a JSON file of 125,000 articles would overflow the stack.
      for (const document of one.documents) result.documents.push(document);
      for (const error of one.errors) result.errors.push(error);
      for (const notice of one.notices) result.notices.push(notice);
    }
  }
  return result;
}
