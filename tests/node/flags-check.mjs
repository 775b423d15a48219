// Feature flags evaluated by WorkOS's Node SDK (`createRuntimeClient`), for comparison with
// the Rust SDK's evaluation of the same table:
//
//   node flags-check.mjs <flag-cases.json> <base-url> <api-key>
//
// For every payload of the table, a runtime client bootstrapped with it evaluates every flag
// of the payload (and one it lacks), with both defaults, for every context, and every flag
// at once; then one runtime client polls the local server at <base-url>, which serves the
// table's `served` payload, and evaluates the same. Prints the results as JSON on stdout.
import { WorkOS } from "@workos-inc/node";
import { readFileSync } from "node:fs";

const [casesPath, baseUrl, apiKey] = process.argv.slice(2);
if (!apiKey) {
  console.error("usage: node flags-check.mjs <flag-cases.json> <base-url> <api-key>");
  process.exit(2);
}
const { payloads, contexts, served } = JSON.parse(readFileSync(casesPath, "utf8"));
const url = new URL(baseUrl);
const workos = new WorkOS(apiKey, { apiHostname: url.hostname, port: Number(url.port), https: url.protocol === "https:" });

// A context of the table, [[type, id], ...], in the typed form Node takes: { type: { id } }.
const nodeContext = (targets) => Object.fromEntries(targets.map(([type, id]) => [type, { id }]));

function evaluate(client, payload) {
  const slugs = [...Object.keys(payload?.flags ?? {}), "missing"];
  const byContext = {};
  for (const { name, targets } of contexts) {
    const context = nodeContext(targets);
    const isEnabled = {};
    for (const slug of slugs) isEnabled[slug] = [false, true].map((fallback) => client.isEnabled(slug, context, fallback));
    byContext[name] = { isEnabled, all: client.getAllFlags(context) };
  }
  return byContext;
}

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const bootstrap = {};
for (const { name, payload } of payloads) {
  // Evaluated in the same turn as the client is made: its first poll (a timer) never runs,
  // since the client is closed before that turn ends.
  const client = workos.featureFlags.createRuntimeClient({ bootstrapFlags: payload, logger: silent });
  bootstrap[name] = evaluate(client, payload);
  client.close();
}

const polling = workos.featureFlags.createRuntimeClient({ logger: silent });
await polling.waitUntilReady({ timeoutMs: 10000 });
const servedResult = evaluate(polling, payloads[served].payload);
polling.close();

process.stdout.write(JSON.stringify({ bootstrap, served: servedResult }));
