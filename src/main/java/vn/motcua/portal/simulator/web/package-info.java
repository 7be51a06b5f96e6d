/** The administrator's screen of the portal simulator: what arrived, and the fault mode. */
package vn.motcua.portal.simulator.web;
