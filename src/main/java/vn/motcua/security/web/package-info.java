/** Screens of the security capability: login, logout, the signed-in user and the home page. */
package vn.motcua.security.web;
