// What a format parser returns for one article, before the reader adds its source.
import type { RawDocument } from '../../cypher/model.ts';

export type ParsedArticle = Omit<RawDocument, 'source'>;

export interface ReadError {
  source: string;
  reason: string;
}
