/**
 * The library's settings: the keys and their defaults ({@link dev.sessionjwt.config.SettingKeys}), one
 * immutable record ({@link dev.sessionjwt.config.SessionJwtSettings}, with the signing part in
 * {@link dev.sessionjwt.config.SigningSettings}) and the one place that reads and validates it from
 * MicroProfile Config ({@link dev.sessionjwt.config.SettingsReader}, which reads the key ring through
 * {@code KeyRingReader}).
 *
 * <p>Supported API: {@link dev.sessionjwt.config.SettingKeys}. The other public types are public only because other
 * packages of the library use them: not part of the supported API.
 */
package dev.sessionjwt.config;
