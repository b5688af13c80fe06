/**
 * The library's settings: the keys and their defaults ({@link dev.sessionjwt.config.SettingKeys}), one
 * immutable record ({@link dev.sessionjwt.config.SessionJwtSettings}) and the one place that reads and
 * validates it from MicroProfile Config ({@link dev.sessionjwt.config.SettingsReader}).
 */
package dev.sessionjwt.config;
