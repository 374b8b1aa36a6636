import { connectionCsvResponse, MAX_EXPORT_ROWS, type ConnectionExport } from './connection-export';

type Node = { id: string; name: string };
const texts: ConnectionExport<Node>['texts'] = { forbidden: 'forbidden', failed: 'failed', tooLarge: (count, max) => `${count} > ${max}` };

/** An export over pages of the given rows (two a page), recording the cursors it was read at. */
function exportOf(nodes: Node[], totalCount = nodes.length) {
  const readAt: Array<string | null> = [];
  const request: ConnectionExport<Node> = {
    readPage: async (after) => {
      readAt.push(after);
      const start = after ? Number(after) : 0;
      const edges = nodes.slice(start, start + 2).map((node) => ({ node }));
      const hasNextPage = start + 2 < nodes.length;
      return { connection: { totalCount, edges, pageInfo: { hasNextPage, endCursor: hasNextPage ? String(start + 2) : null } }, errors: [] };
    },
    header: ['ID', '姓名'],
    row: (node) => [node.id, node.name],
    fileName: 'work-list',
    texts,
  };
  return { request, readAt };
}

describe('a work list exported as CSV', () => {
  it('reads every page in turn and writes one row per record under the header', async () => {
    const { request, readAt } = exportOf([1, 2, 3, 4, 5].map((n) => ({ id: `r${n}`, name: n === 3 ? '=HYPERLINK()' : `张${n}` })));
    const response = await connectionCsvResponse(request);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="work-list-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(readAt).toEqual([null, '2', '4']);
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toEqual(['"ID","姓名"', '"r1","张1"', '"r2","张2"', `"r3","'=HYPERLINK()"`, '"r4","张4"', '"r5","张5"']);
  });

  it('writes the header alone for an empty view', async () => {
    const response = await connectionCsvResponse(exportOf([]).request);
    expect((await response.text()).replace(/^\uFEFF/, '').trim()).toBe('"ID","姓名"');
  });

  it('refuses a view over the cap with 413 before reading on', async () => {
    const { request, readAt } = exportOf([{ id: 'r1', name: '张1' }, { id: 'r2', name: '张2' }, { id: 'r3', name: '张3' }], MAX_EXPORT_ROWS + 1);
    const response = await connectionCsvResponse(request);
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(`${MAX_EXPORT_ROWS + 1} > ${MAX_EXPORT_ROWS}`);
    expect(readAt).toEqual([null]);
  });

  it.each([
    ['refused (403)', 'FORBIDDEN', 403, 'forbidden'],
    ['failed (502)', 'INTERNAL_SERVER_ERROR', 502, 'failed'],
  ])('answers a read the graph %s with its text and no file', async (_, code, status, text) => {
    const response = await connectionCsvResponse<Node>({ ...exportOf([]).request, readPage: async () => ({ connection: undefined, errors: [{ message: 'no', path: ['list'], extensions: { code } }] }) });
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(text);
  });
});
