/**
 * A Java agent for the Liberty JVM of the tests, demo and benchmark (target/liberty-loopback-agent.jar): Liberty's
 * {@code localConnector-1.0} starts the JDK's local JMX agent, whose RMI server socket listens on the wildcard address
 * (it only refuses non-local peers at accept time); with the agent, every RMI server socket is bound to 127.0.0.1.
 */
package dev.sessionjwt.it.liberty.agent;
