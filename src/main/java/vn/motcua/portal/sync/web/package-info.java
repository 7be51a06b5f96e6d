/** The provincial administrator's screen of the portal outbox: states, messages, retries. */
package vn.motcua.portal.sync.web;
