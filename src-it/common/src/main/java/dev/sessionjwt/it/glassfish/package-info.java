/** The managed GlassFish 8 server of the glassfish8 project: its process and its JMX connector. */
package dev.sessionjwt.it.glassfish;
