// Verifies a session-jwt cookie outside the JVM, configured by the application's discovery document alone.
//
// Usage: node reader.mjs DISCOVERY_URL [TOKEN]   (the token from standard input when it is not given)
// Prints "valid <claims by long name>" (exit 0), "ended" (exit 1) or "invalid <reason>" (exit 2): fails closed.
// Needs Node.js 20 or newer and jose in a node_modules beside it or above it: npm install jose@6.2.19
import { createHash } from "node:crypto";
import { text } from "node:stream/consumers";

const LEEWAY = 30; // seconds of clock difference tolerated, as the application's session-jwt.clock-skew

// GET over https, or plain http to 127.0.0.1 only; an error status or a redirect throws.
async function fetchText(url) {
  if (url.protocol !== "https:" && !(url.protocol === "http:" && url.hostname === "127.0.0.1")) {
    throw new Error(`refusing ${url}: https only, or http to 127.0.0.1`);
  }
  const response = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

// The token's claims by long name, null when its session ended; throws when anything is wrong.
async function read(discoveryUrl, token) {
  const { createLocalJWKSet, jwtVerify } = await import("jose"); // here, so that a missing jose is "invalid" too
  const doc = JSON.parse(await fetchText(discoveryUrl));
  // a reference in the document, resolved against the document's URL
  const linked = (member) => doc[member] ? fetchText(new URL(doc[member], discoveryUrl))
    : Promise.reject(new Error(`the discovery document has no ${member}`));
  const keys = createLocalJWKSet(JSON.parse(await linked("jwks_uri")));
  // a key of the set, the document's algorithms and issuer, never the token's
  const checks = { algorithms: doc.algorithms, issuer: doc.issuer, clockTolerance: LEEWAY };
  const field = doc.session_field;
  const { payload: claims } = await jwtVerify(token, keys,
    { ...checks, audience: doc.audience, requiredClaims: ["exp", "iat", "jti", field] });
  if (typeof claims[field] !== "string") throw new Error(`${field} is not a string`);
  const feed = await jwtVerify(await linked("ended_sessions_uri"), keys,
    { ...checks, typ: "session-jwt-ended+jwt", requiredClaims: ["iat", "dead_before", "ended"] });
  const now = Date.now() / 1000;
  const ended = new Set(feed.payload.ended.filter(([, until]) => until + LEEWAY >= now).map(([name]) => name));
  const session = createHash("sha256").update(claims[field]).digest().subarray(0, 16).toString("base64url");
  if (ended.has(session) || claims.iat < feed.payload.dead_before) return null;
  const names = doc.claim_names ?? {};
  return Object.fromEntries(Object.entries(claims).map(([name, value]) =>
    [Object.hasOwn(names, name) ? names[name] : name, value]));
}

const args = process.argv.slice(2);
if (args.length < 1 || args.length > 2) {
  console.error("usage: node reader.mjs DISCOVERY_URL [TOKEN]");
  process.exit(2);
}
try {
  const claims = await read(new URL(args[0]), args[1] ?? (await text(process.stdin)).trim());
  console.log(claims === null ? "ended" : `valid ${JSON.stringify(claims)}`);
  process.exitCode = claims === null ? 1 : 0;
} catch (problem) { // a bad token; a bad or unreachable document, key set or feed: all refuse
  console.log(`invalid ${problem.code ?? problem.name}: ${problem.message}`);
  process.exitCode = 2;
}
