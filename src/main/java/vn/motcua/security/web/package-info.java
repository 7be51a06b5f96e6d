/**
 * Screens of the security capability: login, logout, the signed-in user and the home page, and the
 * administrator's staff accounts and roles.
 */
package vn.motcua.security.web;
