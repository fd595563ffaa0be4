// Articles: a page of summaries, and one article with its mentions and statements.

import type { FastifyPluginAsync } from 'fastify';
import { HttpProblem } from '../errors.ts';
import { articlesQuery, idParams, type ArticlesQuery, type IdParams } from '../schemas.ts';
import type { RouteContext } from './context.ts';

export const articleRoutes: FastifyPluginAsync<RouteContext> = async (app, { store }) => {
  app.get<{ Querystring: ArticlesQuery }>(
    '/api/articles',
    { schema: { querystring: articlesQuery } },
    async (request) => store.articles({ limit: request.query.limit, offset: request.query.offset }),
  );

  app.get<{ Params: IdParams }>('/api/articles/:id', { schema: { params: idParams } }, async (request) => {
    const article = await store.article(request.params.id);
    if (article === null) throw new HttpProblem(404, 'NOT_FOUND', `no article with id "${request.params.id}"`);
    return article;
  });
};
