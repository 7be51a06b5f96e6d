/**
 * The simulator of the National Public Service Portal's sync endpoint, for demo and tests: it
 * checks and records, in memory, the dossier syncs and progress updates MotCua sends, answers as
 * the portal does, and can be told to fail for a while. Present only with {@code
 * motcua.simulators.enabled=true}; see {@code docs/portal-simulator.md}.
 */
package vn.motcua.portal.simulator;
