// Louvain in a module worker (communityRunner.ts posts the jobs): about a second at 50,000
// nodes, which on the page's thread would freeze the explorer. It gets the visible graph as
// typed arrays and answers with the communities as node indices, ordered; the page maps them
// back to node keys. Each answer names its job, so the page can drop one it no longer wants.
import { communityPartition } from './communities.ts';
import type { CommunityJob, CommunityReply } from './communityRunner.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<CommunityJob>) => {
  const { job, edges, mentions } = event.data;
  const partition = communityPartition(edges, mentions);
  const reply: CommunityReply = { job, ...partition };
  scope.postMessage(reply, [partition.members.buffer, partition.offsets.buffer, partition.connections.buffer]);
};
