/**
 * Back-channel logout (OpenID Connect Back-Channel Logout 1.0 semantics): the signed {@code logout+jwt} a receiver gets
 * when a session ends ({@link dev.sessionjwt.internal.logout.LogoutToken}) and the bounded, retrying sender that
 * delivers it off the request thread ({@link dev.sessionjwt.internal.logout.BackchannelLogout}).
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.logout;
