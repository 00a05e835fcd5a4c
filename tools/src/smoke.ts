// Checks a running platform as a new user would: GraphQL answers, the admin is served, the
// database is reachable. Usage: npm run smoke -w @kompetansemidler/tools [-- http://localhost:4000]
import { pathToFileURL } from 'node:url';

export async function smoke(baseUrl: string): Promise<string[]> {
  const problems: string[] = [];
  const graphql = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await graphql.json()) as { data?: { __typename?: string } };
  if (body.data?.__typename !== 'Query') problems.push(`/graphql answered ${JSON.stringify(body)}`);

  const admin = await fetch(`${baseUrl}/`);
  const html = await admin.text();
  if (!admin.ok || !html.includes('<div id="app">'))
    problems.push(`/ did not serve the admin (HTTP ${admin.status})`);

  const ready = await fetch(`${baseUrl}/readyz`);
  if (ready.status !== 200) problems.push(`/readyz answered HTTP ${ready.status}`);
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const baseUrl = process.argv[2] ?? 'http://localhost:4000';
  const problems = await smoke(baseUrl);
  if (problems.length > 0) {
    console.error(`smoke check of ${baseUrl} failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`smoke check of ${baseUrl} passed`);
}
