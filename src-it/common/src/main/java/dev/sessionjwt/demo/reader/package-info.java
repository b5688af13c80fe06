/**
 * The federated reader: a second, tiny application that has no session and no secret and reads the demo's cookie
 * with jose4j and the demo's published JWK set alone, as any other service of the same site would.
 */
package dev.sessionjwt.demo.reader;
