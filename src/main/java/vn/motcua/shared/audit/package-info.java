/**
 * The audit trail: every change recorded in the same transaction, append-only, each row chained by
 * hash to the previous row of its subject; and the check that the chains are whole.
 */
package vn.motcua.shared.audit;
