/** The web shell every screen shares: the language of the session and the page template's data. */
package vn.motcua.shared.web;
