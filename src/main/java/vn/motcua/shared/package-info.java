/**
 * What every capability stands on and that knows no capability: configuration, the database and its
 * migrations, problem details, the REST application, health, and the web shell.
 */
package vn.motcua.shared;
