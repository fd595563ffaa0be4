// What a format parser returns for one article, before the reader adds its source.
import type { RawDocument } from '../../contract/extraction.ts';

export type ParsedArticle = Omit<RawDocument, 'source'>;

export interface ReadError {
  source: string;
  reason: string;
}

/** Something the reader did that the user should know about, though the file was read. */
export interface ReadNotice {
  source: string;
  notice: string;
}
