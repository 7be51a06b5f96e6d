/**
 * The applicant look-up: identity by citizen ID number from the national population database,
 * through {@link vn.motcua.population.PopulationRegistry}, which never fails reception when that
 * database does not answer.
 */
package vn.motcua.population;
