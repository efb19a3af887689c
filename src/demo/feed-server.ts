// A local RSS feed holding stories, with article pages and ETag support, for the
// demo and the end-to-end test.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';

export interface FeedStory {
  id: string;
  title: string;
  text: string;
  published: string;
}

export interface FeedServer {
  url: string;
  feedUrl: string;
  storyUrl(id: string): string;
  /** Requests served per path, for tests. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
const html = (s: string) => s.split('\n').map((p) => `<p>${xml(p)}</p>`).join('\n');

export function renderRss(base: string, stories: FeedStory[]): string {
  const items = stories
    .map(
      (s) => `    <item>
      <title>${xml(s.title)}</title>
      <link>${base}/story/${s.id}</link>
      <guid isPermaLink="false">${xml(s.id)}</guid>
      <pubDate>${new Date(s.published).toUTCString()}</pubDate>
      <description>${xml(s.text.slice(0, 200))}</description>
      <content:encoded>${cdata(html(s.text))}</content:encoded>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>dealwire sample wire</title>
    <link>${base}/</link>
    <description>Sample market news</description>
${items}
  </channel>
</rss>
`;
}

export async function startFeedServer(stories: FeedStory[], port = 0): Promise<FeedServer> {
  const hits = new Map<string, number>();
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/feed.xml') {
      const body = renderRss(base, stories);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
      return;
    }
    const story = path.startsWith('/story/') ? stories.find((s) => s.id === decodeURIComponent(path.slice(7))) : undefined;
    if (story) {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html><head><title>${xml(story.title)}</title></head><body><article><h1>${xml(story.title)}</h1>${html(story.text)}</article></body></html>`);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    feedUrl: `${base}/feed.xml`,
    storyUrl: (id) => `${base}/story/${id}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
