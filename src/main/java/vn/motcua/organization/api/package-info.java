/** The organisation's public REST resources: service centers and reception points. */
package vn.motcua.organization.api;
