/**
 * The library's settings: one immutable record ({@link dev.sessionjwt.internal.config.SessionJwtSettings}, with the
 * signing part in {@link dev.sessionjwt.internal.config.SigningSettings}) and the one place that reads and validates it
 * from MicroProfile Config ({@link dev.sessionjwt.internal.config.SettingsReader}, which reads the key ring through
 * {@code KeyRingReader}), into {@link dev.sessionjwt.internal.config.CheckedSettings}: the settings or every problem.
 * {@link dev.sessionjwt.internal.config.DeploymentSettings} reads them once per deployment and shares them between the
 * CDI extension and the servlet initializer; {@link dev.sessionjwt.internal.config.InvalidSettingsException} reports
 * every problem of a deployment in one error. The keys and their defaults are the supported
 * {@link dev.sessionjwt.config.SettingKeys}.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.config;
