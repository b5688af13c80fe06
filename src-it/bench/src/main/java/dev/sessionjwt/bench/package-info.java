/**
 * Benchmarks, never part of {@code mvn verify}: JMH micro-benchmarks of verification and issuance against
 * plain jose4j and the bare JCA primitives ({@code mvn -Pbench-jmh}, {@link dev.sessionjwt.bench.JmhBenchmarks}),
 * and a side-by-side HTTP benchmark on embedded Payara ({@code mvn -Pbench-http},
 * {@link dev.sessionjwt.bench.HttpBenchmark}).
 */
package dev.sessionjwt.bench;
