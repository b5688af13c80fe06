/**
 * The library's configuration keys and their defaults ({@link dev.sessionjwt.config.SettingKeys}), all under the
 * MicroProfile Config prefix {@code session-jwt.}. Reading and validating them is internal
 * ({@code dev.sessionjwt.internal.config}).
 *
 * <p>Supported API: {@link dev.sessionjwt.config.SettingKeys}, the only public type here.
 */
package dev.sessionjwt.config;
