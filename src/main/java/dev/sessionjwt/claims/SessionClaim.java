package dev.sessionjwt.claims;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;

/**
 * Marks a CDI producer whose value becomes a claim of every token issued. Producer parameters are ordinary
 * injection points; a null result omits the claim; the value is computed each time a token is issued.
 *
 * <pre>
 * &#64;Produces &#64;SessionClaim("tenant")
 * String tenant(SecurityContext security) { ... }
 *
 * &#64;Produces &#64;SessionClaim(value = "e", longName = "email")
 * String email(CurrentUser user) { ... }
 * </pre>
 *
 * @since 1.0
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({METHOD, FIELD, PARAMETER, TYPE})
public @interface SessionClaim {

    /** The claim's name in the token (its short name). */
    @Nonbinding
    String value();

    /** The name readers see; empty means the same as {@link #value()}. */
    @Nonbinding
    String longName() default "";
}
