/**
 * What the starter tests add for logins through Jakarta Security ({@code dev.sessionjwt.it.starter.StarterTestBase}):
 * an identity store and a login servlet, and no mechanism, so that the library's own mechanism signs users in.
 */
package dev.sessionjwt.it.starter.login;
