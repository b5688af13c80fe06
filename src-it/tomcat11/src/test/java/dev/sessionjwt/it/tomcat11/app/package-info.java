/** Applications the Tomcat 11 tests deploy: what Servlet 6.1 and Jakarta Security 4.0 add, used with the library. */
package dev.sessionjwt.it.tomcat11.app;
