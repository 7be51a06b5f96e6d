/**
 * Errors as RFC 9457 problem details: the business exception every capability throws, and the one
 * mapping of every exception to {@code application/problem+json}, with no stack trace, SQL or class
 * name ever reaching a client.
 */
package vn.motcua.shared.problem;
