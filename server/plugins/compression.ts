// Content-Encoding for the API's text answers (server/compression.ts decides what and how).

import fp from 'fastify-plugin';
import { compressPayload } from '../compression.ts';

export const compression = fp(
  async (app) => {
    app.addHook('onSend', compressPayload);
  },
  { name: 'newsgraph-compression' },
);
