package vn.motcua.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Arquillian test on managed Payara Micro against the tests' PostgreSQL. The database extension
 * comes first so that it runs before Arquillian starts the container.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
public @interface MotcuaIT {}
