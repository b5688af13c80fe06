/**
 * The container adapter for Apache Tomcat 10.1 (a servlet container, not a Jakarta EE server: the application brings
 * Weld for CDI, MicroProfile Config and, for logins, Jakarta Security). The only package that names Tomcat's classes.
 */
package dev.sessionjwt.container.tomcat;
