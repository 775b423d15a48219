// Reads seals made by the Rust SDK (a JSON array of {via, password, sealed, json}) and checks
// that iron-session opens each one to the same JSON. Exits non-zero on any mismatch, and when
// a way of sealing that must be covered is missing from the file (a seal that was never made
// would otherwise pass unnoticed).
import { unsealData } from "iron-session";
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";

// `seal_json` for arbitrary JSON; the other two are the typed session paths applications use.
const required = ["seal_json", "SessionCookies::seal_authentication", "SessionCookies::seal"];

const path = process.argv[2];
if (!path) {
  console.error("usage: node check-rust-seals.mjs <seals.json>");
  process.exit(2);
}
const vectors = JSON.parse(readFileSync(path, "utf8"));
let mismatches = 0;
for (const [i, { via, password, sealed, json }] of vectors.entries()) {
  const opened = await unsealData(sealed, { password, ttl: 0 });
  if (!isDeepStrictEqual(opened, json)) {
    mismatches += 1;
    console.error(`seal ${i} (${via}) opened to ${JSON.stringify(opened)}, expected ${JSON.stringify(json)}`);
  }
}
const missing = required.filter((via) => !vectors.some((vector) => vector.via === via));
for (const via of missing) {
  console.error(`no seal made with ${via}`);
}
if (vectors.length === 0) {
  console.error("no seals to check");
  process.exit(1);
}
console.log(`${vectors.length - mismatches}/${vectors.length} seals made by the Rust SDK open with iron-session`);
process.exit(mismatches === 0 && missing.length === 0 ? 0 : 1);
