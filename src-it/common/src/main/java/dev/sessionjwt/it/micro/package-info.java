/**
 * Payara Micro 7 (Jakarta EE 11) as a managed server of the integration tests: one {@code java -jar payara-micro.jar}
 * process on 127.0.0.1 started by an Arquillian container of this project, which deploys each test WAR into it through
 * a small deployer application and Payara Micro's own {@code PayaraMicroRuntime} (Payara Micro has no admin listener,
 * and Payara's Arquillian container for it starts one Payara Micro per deployment).
 */
package dev.sessionjwt.it.micro;
