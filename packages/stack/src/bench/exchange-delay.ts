/**
 * Commit-to-projection delay of the exchange: a person is received at civil affairs through the
 * gateway, one at a time, and public security's and foreign affairs' consumers are watched (their
 * `/readyz` detail) until each has applied civil affairs' event. The delay runs from the moment
 * the mutation's answer arrives (its transaction has committed) to the first look that finds the
 * consumer's position past where it stood before; looks are 5 ms apart.
 */
import { postGraphQL } from '../graphql-request';
import { percentile } from './bench-report';

const RECEIVE = /* GraphQL */ `
  mutation BenchReceive($input: ReceivePersonInput!) {
    receivePerson(input: $input) { __typename ... on RescueCaseChanged { rescueCase { id } } }
  }
`;
const STATIONS = /* GraphQL */ `
  query BenchStations {
    stations { id kind }
  }
`;

const LOOK_EVERY_MS = 5;
const GIVE_UP_AFTER_MS = 30_000;

export interface DelayFigures {
  consumer: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

async function appliedPosition(readyUrl: string, source: string): Promise<bigint> {
  const response = await fetch(readyUrl);
  const body = (await response.json()) as { detail?: { exchange?: { consumers?: Array<{ source: string; position: string }> } } };
  const consumer = body.detail?.exchange?.consumers?.find((c) => c.source === source);
  if (!consumer) throw new Error(`${readyUrl} shows no consumer of ${source}`);
  return BigInt(consumer.position);
}

/** Receives `samples` persons one after another and measures each consumer's delay for each. */
export async function measureExchangeDelay(options: {
  gatewayUrl: string;
  headers: () => Record<string, string>;
  /** Each consumer's `/readyz` URL, by agency name. */
  consumers: Record<string, string>;
  samples: number;
}): Promise<DelayFigures[]> {
  const stations = await postGraphQL<{ stations: Array<{ id: string; kind: string }> }>(options.gatewayUrl, STATIONS, {}, options.headers());
  const station = stations.data?.stations.find((s) => s.kind === 'REGIONAL_CENTER') ?? stations.data?.stations[0];
  if (!station) throw new Error(`no station to receive persons at: ${stations.text.slice(0, 200)}`);
  const delays: Record<string, number[]> = Object.fromEntries(Object.keys(options.consumers).map((name) => [name, []]));
  for (let i = 0; i < options.samples; i += 1) {
    const before = Object.fromEntries(
      await Promise.all(Object.entries(options.consumers).map(async ([name, url]) => [name, await appliedPosition(url, 'civil-affairs')] as const)),
    );
    const answer = await postGraphQL<{ receivePerson: { __typename: string } }>(
      options.gatewayUrl,
      RECEIVE,
      { input: { stationId: station.id, source: 'OUTREACH', person: { sex: 'MALE', estimatedAgeMin: 50, estimatedAgeMax: 60, features: `测试对象${i + 1}号，灰色外套` } } },
      options.headers(),
    );
    const committedAt = performance.now();
    if (answer.data?.receivePerson.__typename !== 'RescueCaseChanged') throw new Error(`receivePerson failed: ${answer.text.slice(0, 300)}`);
    const pending = new Set(Object.keys(options.consumers));
    while (pending.size > 0) {
      for (const name of [...pending]) {
        if ((await appliedPosition(options.consumers[name]!, 'civil-affairs')) > before[name]!) {
          delays[name]!.push(performance.now() - committedAt);
          pending.delete(name);
        }
      }
      if (performance.now() - committedAt > GIVE_UP_AFTER_MS) throw new Error(`${[...pending].join(', ')} did not apply the event within ${GIVE_UP_AFTER_MS} ms`);
      if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
    }
  }
  return Object.entries(delays).map(([consumer, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { consumer, samples: sorted.length, p50Ms: percentile(sorted, 50) ?? 0, p95Ms: percentile(sorted, 95) ?? 0, maxMs: sorted[sorted.length - 1] ?? 0 };
  });
}
