// What the content filters keep, asked from the server: the entities and statements of the
// article filter's article, and of the articles the outlet and publication-date filters
// keep; null where no such filter is set. A failure is told through `onNotice`.
import { useEffect, useMemo, useState } from 'react';
import { toApiError, type ApiClient } from '../../api/client.ts';
import { explainError } from '../../api/useApi.ts';
import { intersectScopes, type ArticleScope, type FilterState } from '../../core/filters/filters.ts';

function toScope(found: { articleIds: string[]; entityIds: string[]; statementIds: string[] }): ArticleScope {
  return {
    articleIds: new Set(found.articleIds),
    entityIds: new Set(found.entityIds),
    statementIds: new Set(found.statementIds),
  };
}

export function useContentScope(
  client: ApiClient,
  filters: FilterState,
  onNotice: (notice: string) => void,
): ArticleScope | null {
  const [articleScope, setArticleScope] = useState<ArticleScope | null>(null);
  const [sourceScope, setSourceScope] = useState<ArticleScope | null>(null);

  // The article filter needs to know what that article contains.
  useEffect(() => {
    const articleId = filters.article;
    if (!articleId) {
      setArticleScope(null);
      return undefined;
    }
    const controller = new AbortController();
    client.article(articleId, controller.signal).then(
      (article) => {
        const entityIds = new Set(article.mentions.map((m) => m.entityId));
        for (const s of article.statements) if (s.speakerId) entityIds.add(s.speakerId);
        setArticleScope({
          articleIds: new Set([articleId]),
          entityIds,
          statementIds: new Set(article.statements.map((s) => s.id)),
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        onNotice(`The article filter could not be applied: ${explainError(toApiError(error))}`);
      },
    );
    return () => controller.abort();
  }, [client, filters.article]);

  // The outlet and publication-date filters ask the server which articles they keep.
  const { outlet, publishedFrom, publishedTo } = filters;
  useEffect(() => {
    if (outlet === null && publishedFrom === null && publishedTo === null) {
      setSourceScope(null);
      return undefined;
    }
    const controller = new AbortController();
    client.scope({ outlet, from: publishedFrom, to: publishedTo }, controller.signal).then(
      (found) => setSourceScope(toScope(found)),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        onNotice(`The outlet and publication filters could not be applied: ${explainError(toApiError(error))}`);
      },
    );
    return () => controller.abort();
  }, [client, outlet, publishedFrom, publishedTo]);

  return useMemo(() => intersectScopes(articleScope, sourceScope), [articleScope, sourceScope]);
}
