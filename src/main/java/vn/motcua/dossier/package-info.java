/**
 * The dossier: what an applicant submits for a procedure, from reception (at any center or online)
 * through the steps of the internal process, its pauses and outcomes, to the return of the result;
 * its code, deadlines, history and measures.
 */
package vn.motcua.dossier;
