package vn.motcua.shared.api;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JAX-RS resource that simulates an external system (the population database, the national
 * portal, the payment platform): {@link SimulatorGate} answers 404 on its paths unless {@code
 * motcua.simulators.enabled=true}.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Simulator {}
