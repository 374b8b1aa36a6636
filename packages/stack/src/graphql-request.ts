/** A GraphQL response as a client sees it, with the raw text kept for leak checks. */
export interface GraphQLHttpResponse<TData> {
  status: number;
  headers: Headers;
  text: string;
  data: TData | null | undefined;
  errors: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> | undefined;
}

/** POSTs one GraphQL operation as JSON and parses the answer (tests and the benchmark use it). */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLHttpResponse<TData>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: TData | null; errors?: GraphQLHttpResponse<TData>['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // not JSON: leave data and errors undefined, the status and text tell what happened
  }
  return { status: res.status, headers: res.headers, text, data: body.data, errors: body.errors };
}
