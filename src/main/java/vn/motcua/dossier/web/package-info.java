/** The clerks' and officials' screens over the dossier services: counter reception first. */
package vn.motcua.dossier.web;
