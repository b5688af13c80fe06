/** The applications the Jakarta EE 11 tests deploy. */
package dev.sessionjwt.it.ee11.app;
