// Writes tests/vectors/sealed-sessions.json: session cookies sealed by iron-session, the
// library AuthKit's JavaScript packages use (WorkOS's Node SDK writes the same format).
// Run once and commit the output; the Rust tests read it without Node.
import { sealData } from "iron-session";
import { writeFileSync } from "node:fs";

const password = "correct-horse-battery-staple-0123456789";
const sessions = [
  // The shape WorkOS's Node SDK seals after a sign-in: its own camelCase user, and the
  // organization signed in to.
  {
    organizationId: "org_01J9ZC5Z4V8E6G1QWERTYUIOPB",
    user: {
      object: "user",
      id: "user_01J9ZC5Z4V8E6G1QWERTYUIOPA",
      email: "ada@example.com",
      emailVerified: true,
      firstName: "Ada",
      profilePictureUrl: null,
      lastName: "Lovelace",
      lastSignInAt: "2026-01-02T00:00:00.000Z",
      locale: null,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-02T00:00:00.000Z",
      externalId: null,
      metadata: { plan_tier: "gold" },
    },
    accessToken: "eyJhbGciOiJSUzI1NiIsImtpZCI6InNzb19vaWRjX2tleV8xIn0.eyJzdWIiOiJ1c2VyXzEifQ.c2ln",
    refreshToken: "refresh_01J9ZC5Z4V8E6G1QWERTYUIOPA",
  },
  // A cookie whose user kept the API's snake_case names, as hand-built sessions may.
  {
    accessToken: "eyJ.a.b",
    refreshToken: "refresh_2",
    user: { object: "user", id: "user_2", email: "grace@example.com", created_at: "2026-01-01T00:00:00.000Z", updated_at: "2026-01-01T00:00:00.000Z" },
    impersonator: { email: "admin@example.com", reason: "Support ticket 42 — naïve café ☕" },
  },
];

const vectors = [];
for (const session of sessions) {
  // `ttl: 0` seals without an expiration, as WorkOS's Node SDK does.
  vectors.push({ password, ttl: 0, sealed: await sealData(session, { password, ttl: 0 }), json: session });
}
// iron-session's own default seals with an expiration; make it far away so the vector lasts.
const hundredYears = 100 * 365 * 24 * 3600;
vectors.push({ password, ttl: hundredYears, sealed: await sealData(sessions[0], { password, ttl: hundredYears }), json: sessions[0] });

writeFileSync(new URL("../vectors/sealed-sessions.json", import.meta.url), JSON.stringify(vectors, null, 2) + "\n");
console.log(`wrote ${vectors.length} vectors`);
