/**
 * The test harness shared by the integration tests: the tests' own PostgreSQL, the one deployment
 * builder, the browser, and page objects.
 */
package vn.motcua.testing;
