/**
 * Benchmarks, never part of {@code mvn verify}: JMH micro-benchmarks of verification and issuance against
 * plain jose4j and the bare JCA primitives ({@code mvn -Pbench-jmh}, {@link dev.sessionjwt.bench.JmhBenchmarks}).
 */
package dev.sessionjwt.bench;
