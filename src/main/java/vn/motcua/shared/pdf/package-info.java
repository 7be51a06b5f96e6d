/**
 * Printable forms as PDF: XHTML templates filled by a logic-less template engine (HTML escaping
 * on), laid out on A4 by openhtmltopdf with Liberation Serif embedded and subset, QR codes, and the
 * Vietnamese way of writing dates and amounts on administrative documents. Knows no capability.
 */
package vn.motcua.shared.pdf;
