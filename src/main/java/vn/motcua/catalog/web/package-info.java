/** The catalog's screens: the calendar year view of the provincial administrator. */
package vn.motcua.catalog.web;
