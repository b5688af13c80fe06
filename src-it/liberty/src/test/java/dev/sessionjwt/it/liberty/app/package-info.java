/** Test applications of the Liberty-only integration tests. */
package dev.sessionjwt.it.liberty.app;
