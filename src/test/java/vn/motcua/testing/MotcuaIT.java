package vn.motcua.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An Arquillian test on managed Payara Micro against the tests' PostgreSQL. The database and
 * management port extensions come first so that they run before Arquillian starts the container.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestDatabase.class)
@ExtendWith(ManagementPort.class)
@ExtendWith(ArquillianExtension.class)
public @interface MotcuaIT {}
