#!/usr/bin/env python3
"""Verifies a session-jwt cookie outside the JVM, configured by the application's discovery document alone.

Usage: reader.py DISCOVERY_URL [TOKEN]   (the token from standard input when it is not given)
Prints "valid <claims by long name>" (exit 0), "ended" (exit 1) or "invalid <reason>" (exit 2): fails closed.
Needs PyJWT 2.x with cryptography (Debian: apt-get install python3-jwt python3-cryptography).
"""
import base64, hashlib, json, sys, time, urllib.parse, urllib.request

LEEWAY = 30  # seconds of clock difference tolerated, as the application's session-jwt.clock-skew


def fetch(url):
    """GET over https, or plain http to 127.0.0.1 only; an error status or a redirect raises."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "https" and (parts.scheme, parts.hostname) != ("http", "127.0.0.1"):
        raise ValueError(f"refusing {url}: https only, or http to 127.0.0.1")
    with urllib.request.urlopen(url, timeout=5) as response:
        if response.url != url:  # it could have led to plain http elsewhere
            raise ValueError(f"{url} redirected to {response.url}")
        return response.read()


def read(discovery_url, token):
    """The token's claims by long name, None when its session ended; raises when anything is wrong."""
    doc = json.loads(fetch(discovery_url))
    linked = lambda member: fetch(urllib.parse.urljoin(discovery_url, doc[member]))  # a reference in the document
    keys = jwt.PyJWKSet.from_dict(json.loads(linked("jwks_uri")))
    def verify(jws, required, **checks):  # a key of the set, the document's algorithms and issuer, never the token's
        key = keys[jwt.get_unverified_header(jws).get("kid")].key
        return jwt.api_jwt.decode_complete(jws, key, algorithms=doc["algorithms"], issuer=doc.get("issuer"),
                                           options={"require": required}, leeway=LEEWAY, **checks)
    field = doc["session_field"]
    claims = verify(token, ["exp", "iat", "jti", field], audience=doc.get("audience"))["payload"]
    if not isinstance(claims[field], str):
        raise ValueError(f"{field} is not a string")
    feed = verify(linked("ended_sessions_uri"), ["iat", "dead_before", "ended"])
    if feed["header"].get("typ") != "session-jwt-ended+jwt":
        raise ValueError("the ended-sessions feed's typ is not session-jwt-ended+jwt")
    ended = {name for name, until in feed["payload"]["ended"] if until + LEEWAY >= time.time()}
    session = base64.urlsafe_b64encode(hashlib.sha256(claims[field].encode()).digest()[:16]).rstrip(b"=").decode()
    if session in ended or claims["iat"] < feed["payload"]["dead_before"]:
        return None
    return {doc.get("claim_names", {}).get(name, name): value for name, value in claims.items()}


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        print("usage: reader.py DISCOVERY_URL [TOKEN]", file=sys.stderr)
        sys.exit(2)
    try:
        import jwt  # here, so that a missing PyJWT is an "invalid" answer too
        claims = read(sys.argv[1], sys.argv[2] if len(sys.argv) == 3 else sys.stdin.read().strip())
    except Exception as problem:  # a bad token; a bad or unreachable document, key set or feed: all refuse
        print(f"invalid {type(problem).__name__}: {problem}")
        sys.exit(2)
    print("ended" if claims is None else f"valid {json.dumps(claims)}")
    sys.exit(1 if claims is None else 0)
