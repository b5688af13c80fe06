/** A test application that supplies its own container adapter through {@code ServiceLoader}. */
package dev.sessionjwt.it.app.adapter;
