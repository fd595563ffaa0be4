// The access token the explorer sends as `Authorization: Bearer …`. The link the server
// prints carries it as ?token=…; on first load it moves into sessionStorage (this tab
// only) and leaves the address bar through history.replaceState, so no view URL that is
// copied, bookmarked or shared carries it, and reloads still find it.

export const TOKEN_STORAGE_KEY = 'newsgraph.token';

export interface TokenPlace {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
}

/** Used when the browser refuses storage (a privacy mode): the token lives as long as the page. */
let inMemory: string | null = null;

function browserPlace(): TokenPlace {
  let storage: Storage | null;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = null;
  }
  return { location: window.location, history: window.history, storage };
}

/** Takes ?token= out of the address bar into session storage (once), and returns the token to send. */
export function pageToken(place: TokenPlace = browserPlace()): string | null {
  const params = new URLSearchParams(place.location.search);
  const given = params.get('token');
  if (given !== null) {
    if (given !== '') {
      inMemory = given;
      try {
        place.storage?.setItem(TOKEN_STORAGE_KEY, given);
      } catch {
        // storage full or refused: the in-memory copy serves this page
      }
    }
    params.delete('token');
    const search = params.toString();
    const { pathname, hash } = place.location;
    place.history.replaceState(place.history.state, '', `${pathname}${search ? `?${search}` : ''}${hash}`);
  }
  try {
    return place.storage?.getItem(TOKEN_STORAGE_KEY) ?? inMemory;
  } catch {
    return inMemory;
  }
}
