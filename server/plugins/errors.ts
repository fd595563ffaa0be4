// Every error a route or a guard throws leaves as one `ApiError` JSON (server/errors.ts
// decides its status and code); unexpected ones are logged with their stack.

import fp from 'fastify-plugin';
import { answerFor } from '../errors.ts';

export const errors = fp(
  async (app) => {
    app.setErrorHandler((error, request, reply) => {
      const answer = answerFor(error);
      if (answer.unexpected) request.log.error({ err: error }, 'unexpected error');
      if (answer.headers) void reply.headers(answer.headers);
      return reply.code(answer.status).type('application/json; charset=utf-8').send(answer.body);
    });
  },
  { name: 'newsgraph-errors' },
);
