// Details and lists: an entity with its relations, statements and articles; an article
// with its mentions and statements; pages of statements and of articles.

import type { ArticleSummary, ArticleView, EntityDetails, StatementView } from '../../contract/api.ts';
import { RELATION_TYPES, type StatementKind } from '../../contract/graph.ts';
import { MAX_STATEMENTS_PAGE } from '../../contract/limits.ts';
import type { Params, StatementFilter } from '../store.ts';
import {
  articleSummary,
  clamp,
  entityType,
  nodeView,
  num,
  numList,
  strList,
  relationView,
  statementView,
  str,
  strOrNull,
  type Run,
} from './decode.ts';

export const DEFAULT_STATEMENTS_PAGE = 50;
/** Statements, relations and articles listed in one entity's details. */
export const ENTITY_DETAIL_LIMIT = 200;
const RELATION_TYPE_LIST: string[] = [...RELATION_TYPES];

function statementParams(filter: StatementFilter): Params {
  return {
    speaker: filter.speaker ?? null,
    about: filter.about ?? null,
    article: filter.article ?? null,
    from: filter.from ?? null,
    // Inclusive of a partial date: '2024-03' keeps '2024-03-31'.
    toBefore: filter.to ? `${filter.to}\uffff` : null,
  };
}

export async function statements(
  run: Run,
  filter: StatementFilter,
): Promise<{ statements: StatementView[]; total: number }> {
  const params = statementParams(filter);
  const limit = clamp(filter.limit ?? DEFAULT_STATEMENTS_PAGE, 1, MAX_STATEMENTS_PAGE);
  const skip = clamp(filter.offset ?? 0, 0, Number.MAX_SAFE_INTEGER);
  // Anchored on the speaker or the target when the filter names one: the same rows, without
  // reading every statement of the store.
  const variant = filter.speaker ? '-by-speaker' : filter.about ? '-about' : '';
  const [rows, count] = await Promise.all([
    run(`statements/list${variant}`, { ...params, skip, limit }),
    run(`statements/count${variant}`, params),
  ]);
  return { statements: rows.map(statementView), total: num(count[0]?.total) };
}

export async function entity(run: Run, entityId: string): Promise<EntityDetails | null> {
  const rows = await run('entity/get', { id: entityId });
  const row = rows[0];
  if (!row) return null;
  const [relations, by, about, articles] = await Promise.all([
    run('entity/relations', { id: entityId, relationTypes: RELATION_TYPE_LIST, limit: ENTITY_DETAIL_LIMIT }),
    statements(run, { speaker: entityId, limit: ENTITY_DETAIL_LIMIT }),
    statements(run, { about: entityId, limit: ENTITY_DETAIL_LIMIT }),
    run('entity/articles', { id: entityId, limit: ENTITY_DETAIL_LIMIT }),
  ]);
  return {
    entity: nodeView(row),
    relations: relations.map(relationView),
    statementsBy: by.statements,
    statementsAbout: about.statements,
    articles: articles.map((article) => articleSummary(article)),
  };
}

export async function article(run: Run, articleId: string): Promise<ArticleView | null> {
  const [rows, mentionRows, statementRows] = await Promise.all([
    run('article/get', { id: articleId }),
    run('article/mentions', { id: articleId }),
    run('article/statements', { id: articleId }),
  ]);
  const row = rows[0];
  if (!row) return null;
  const mentions: ArticleView['mentions'] = [];
  for (const mention of mentionRows) {
    const starts = numList(mention.starts);
    const ends = numList(mention.ends);
    // Mentions stored before readings were kept have none: every one reads as its entity.
    const readings = strList(mention.readings);
    const readingRules = strList(mention.readingRules);
    starts.forEach((start, index) => {
      const reading = readings[index] ?? '';
      mentions.push({
        entityId: str(mention.entityId),
        name: str(mention.name),
        type: entityType(mention.type),
        start,
        end: ends[index] ?? start,
        ...(reading === '' ? {} : { reading: { type: entityType(reading), rule: readingRules[index] ?? '' } }),
      });
    });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || (a.entityId < b.entityId ? -1 : 1));
  return {
    ...articleSummary(row),
    language: str(row.language),
    text: str(row.text),
    mentions,
    statements: statementRows.map((statement) => ({
      id: str(statement.id),
      speakerId: strOrNull(statement.speakerId),
      kind: str(statement.kind) as StatementKind,
      start: num(statement.start),
      end: num(statement.end),
      sentenceStart: num(statement.sentenceStart),
      sentenceEnd: num(statement.sentenceEnd),
    })),
  };
}

export async function articles(
  run: Run,
  options: { limit: number; offset: number },
): Promise<{ articles: ArticleSummary[]; total: number }> {
  const limit = clamp(options.limit, 1, MAX_STATEMENTS_PAGE);
  const skip = clamp(options.offset, 0, Number.MAX_SAFE_INTEGER);
  const [rows, count] = await Promise.all([run('article/list', { skip, limit }), run('article/count')]);
  return { articles: rows.map((row) => articleSummary(row)), total: num(count[0]?.total) };
}
