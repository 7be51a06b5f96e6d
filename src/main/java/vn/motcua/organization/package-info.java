/**
 * The organisation of the province: its commune-level units, the service centers and reception
 * points that receive dossiers, and the agencies that settle them; staff are placed in these units.
 */
package vn.motcua.organization;
