/**
 * Server-side pieces of the load benchmarks, added to MotCua's WAR only in the benchmark's WAR
 * ({@code mvn -Pbench package}: {@code target/motcua-bench.war}).
 */
package vn.motcua.bench.server;
