/** The catalog's public REST resources: the due-date calculator for portals and kiosks. */
package vn.motcua.catalog.api;
