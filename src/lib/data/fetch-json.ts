/**
 * Fetches a JSON file of the app's own, turning every way it can fail (no
 * network, HTTP error, not JSON) into one readable error of the caller's kind.
 */
export async function fetchJson(fetchFn: typeof fetch, url: string, makeError: (message: string) => Error): Promise<unknown> {
  let res: Response;
  try {
    res = await fetchFn(url);
  } catch (e) {
    throw makeError(`Could not reach ${url}: ${(e as Error).message}`);
  }
  if (!res.ok) throw makeError(`Could not load ${url}: HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw makeError(`${url} is not valid JSON`);
  }
}
