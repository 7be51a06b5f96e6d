/**
 * The legal slips of a dossier's life as PDF (Annex I of Circular 03/2025/TT-VPCP): the receipt and
 * appointment slip, the supplement request (and the guidance slip at the counter), the refusal
 * slip, the apology letter, the notice to stop processing, the processing control slip, and a
 * center's tracking book (also as an Excel workbook). The wording and layout live in the XHTML
 * templates beside this package's resources; the classes here only gather what a slip prints, in a
 * few queries, for someone who may read the dossier.
 */
package vn.motcua.dossier.slip;
