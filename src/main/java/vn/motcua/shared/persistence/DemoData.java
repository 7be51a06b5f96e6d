package vn.motcua.shared.persistence;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a Flyway {@code JavaMigration} bean that adds demo data. Capabilities contribute such beans
 * so that this package needs to know none of them; they run after the SQL scripts of {@code
 * db-scripts/demo/}, in version order, tracked in their own history table.
 */
@Qualifier
@Retention(RUNTIME)
@Target({TYPE, FIELD, PARAMETER})
public @interface DemoData {}
