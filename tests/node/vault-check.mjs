// Vault's local encryption, across SDKs: WorkOS's Node SDK (`vault.encrypt` / `vault.decrypt`)
// against the Rust SDK, both talking to the same local WorkOS server for their data keys.
//
//   node vault-check.mjs check <base-url> <api-key>
//     reads {cases: [{ciphertext, plaintext, associated_data}]} (made by the Rust SDK) on
//     stdin, decrypts each with Node and exits non-zero on any mismatch; then encrypts its own
//     cases and prints them, as the same JSON, for the Rust SDK to decrypt.
//   node vault-check.mjs vector
//     encrypts one value against a stub server whose data key is fixed, and prints the data
//     key with the ciphertext: the vector the Rust tests open without Node.
import { WorkOS } from "@workos-inc/node";
import { createServer } from "node:http";

function client(baseUrl, apiKey) {
  const url = new URL(baseUrl);
  return new WorkOS(apiKey, { apiHostname: url.hostname, port: Number(url.port), https: url.protocol === "https:" });
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

// What Node encrypts for Rust: text with and without associated data, empty text, and text
// long enough that nothing about it fits in one block.
const NODE_CASES = [
  { plaintext: "made by @workos-inc/node", associated_data: "row 7" },
  { plaintext: "no associated data", associated_data: null },
  { plaintext: "", associated_data: "empty plaintext" },
  { plaintext: "ünïcödé ✓ ".repeat(200), associated_data: "long" },
];

async function check(baseUrl, apiKey) {
  const workos = client(baseUrl, apiKey);
  const { cases } = await readStdin();
  if (!Array.isArray(cases) || cases.length === 0) {
    console.error("no ciphertexts from the Rust SDK to check");
    process.exit(1);
  }
  let mismatches = 0;
  for (const [i, { ciphertext, plaintext, associated_data }] of cases.entries()) {
    const opened = await workos.vault.decrypt(ciphertext, associated_data ?? undefined);
    if (opened !== plaintext) {
      mismatches += 1;
      console.error(`Rust ciphertext ${i} decrypted to ${JSON.stringify(opened)}, expected ${JSON.stringify(plaintext)}`);
    }
    // With other associated data it must not open.
    const refused = await workos.vault.decrypt(ciphertext, "not the associated data").then(() => false, () => true);
    if (!refused) {
      mismatches += 1;
      console.error(`Rust ciphertext ${i} opened with the wrong associated data`);
    }
  }
  console.error(`${cases.length - mismatches}/${cases.length} ciphertexts of the Rust SDK decrypt with @workos-inc/node`);
  const out = [];
  for (const { plaintext, associated_data } of NODE_CASES) {
    const context = { organization_id: "org_01K8ZYT4AWJ6XP0E0S8CTBHE3P" };
    const ciphertext = await workos.vault.encrypt(plaintext, context, associated_data ?? undefined);
    out.push({ ciphertext, plaintext, associated_data });
  }
  process.stdout.write(JSON.stringify({ cases: out }));
  process.exit(mismatches === 0 ? 0 : 1);
}

async function vector() {
  const dataKey = Buffer.alloc(32, 0).map((_, i) => (i * 7 + 3) & 0xff).toString("base64");
  const encryptedKeys = Buffer.from("an encrypted data key, as Vault would return it").toString("base64");
  const server = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ id: "data_key_vector", data_key: dataKey, encrypted_keys: encryptedKeys, context: {} }));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const workos = client(`http://127.0.0.1:${server.address().port}`, "sk_test_vector");
  const plaintext = "made by @workos-inc/node 12.3.0";
  const associated = "vector";
  const ciphertext = await workos.vault.encrypt(plaintext, { organization_id: "org_1" }, associated);
  server.close();
  const vector = { data_key: dataKey, encrypted_keys: encryptedKeys, plaintext, associated_data: associated, ciphertext };
  console.log(JSON.stringify(vector, null, 2));
}

const [mode, ...args] = process.argv.slice(2);
if (mode === "check" && args.length === 2) {
  await check(args[0], args[1]);
} else if (mode === "vector") {
  await vector();
} else {
  console.error("usage: node vault-check.mjs check <base-url> <api-key> < rust-cases.json | node vault-check.mjs vector");
  process.exit(2);
}
