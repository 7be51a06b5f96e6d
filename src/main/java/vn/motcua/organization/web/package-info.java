/** The organisation's screens: the administrator's list of units and their details. */
package vn.motcua.organization.web;
