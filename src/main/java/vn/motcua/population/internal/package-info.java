/**
 * Implementations behind the population capability: the HTTP adapter to the national population
 * database, the contract it speaks, and the simulator of that database for demo and tests.
 */
package vn.motcua.population.internal;
