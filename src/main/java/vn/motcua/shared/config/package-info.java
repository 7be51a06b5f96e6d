/**
 * Configuration through MicroProfile Config: the per-environment files of {@code config/}, the
 * settings every start needs, and the build's own facts.
 */
package vn.motcua.shared.config;
