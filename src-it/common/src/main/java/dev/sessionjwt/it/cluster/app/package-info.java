/** Applications the cluster tests deploy on Payara Micro. */
package dev.sessionjwt.it.cluster.app;
