/**
 * The load benchmarks (Gatling simulations and what they send), compiled and run only with {@code
 * mvn -Pbench}; see {@code docs/performance.md}.
 */
package vn.motcua.bench;
