/**
 * MotCua: the one-stop system on which a Vietnamese province receives and settles administrative
 * procedures. One package per capability; see {@code docs/architecture.md}.
 */
package vn.motcua;
