// Reads seals made by the Rust SDK (a JSON array of {password, sealed, json}) and checks
// that iron-session opens each one to the same JSON. Exits non-zero on any mismatch.
import { unsealData } from "iron-session";
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";

const path = process.argv[2];
if (!path) {
  console.error("usage: node check-rust-seals.mjs <seals.json>");
  process.exit(2);
}
const vectors = JSON.parse(readFileSync(path, "utf8"));
let failures = 0;
for (const [i, { password, sealed, json }] of vectors.entries()) {
  const opened = await unsealData(sealed, { password, ttl: 0 });
  if (!isDeepStrictEqual(opened, json)) {
    failures += 1;
    console.error(`seal ${i} opened to ${JSON.stringify(opened)}, expected ${JSON.stringify(json)}`);
  }
}
if (vectors.length === 0) {
  console.error("no seals to check");
  process.exit(1);
}
console.log(`${vectors.length - failures}/${vectors.length} seals made by the Rust SDK open with iron-session`);
process.exit(failures === 0 ? 0 : 1);
