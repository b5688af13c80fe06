/**
 * The library's settings: the keys and their defaults ({@link dev.sessionjwt.config.SettingKeys}), one
 * immutable record ({@link dev.sessionjwt.config.SessionJwtSettings}, with the signing part in
 * {@link dev.sessionjwt.config.SigningSettings}) and the one place that reads and validates it from
 * MicroProfile Config ({@link dev.sessionjwt.config.SettingsReader}, which reads the key ring through
 * {@code KeyRingReader}), into {@link dev.sessionjwt.config.CheckedSettings}: the settings or every problem.
 * {@link dev.sessionjwt.config.DeploymentSettings} reads them once per deployment and shares them between the CDI
 * extension and the servlet initializer; {@link dev.sessionjwt.config.InvalidSettingsException} reports every
 * problem of a deployment in one error.
 *
 * <p>Supported API: {@link dev.sessionjwt.config.SettingKeys}. The other public types are public only because other
 * packages of the library use them: not part of the supported API.
 */
package dev.sessionjwt.config;
