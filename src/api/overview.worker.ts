// Fetches and parses the overview off the page's thread (overviewLoader.ts starts it and
// holds the code it runs): one request per worker, its graph posted back in chunks whose
// typed arrays are transferred.
import { answerOverviewRequest, type OverviewRequest } from './overviewLoader.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<OverviewRequest>) =>
  answerOverviewRequest(event.data, (reply, transfer) => scope.postMessage(reply, transfer));
