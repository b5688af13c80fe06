package dev.sessionjwt.internal.security;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;

/**
 * Binds {@link LoginObserver} to an authentication mechanism. The library's extension adds it to every
 * {@code HttpAuthenticationMechanism} type of the application, the built-in ones included.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface SessionJwtLogin {

    /** The annotation as a value, for the extension. */
    final class Literal extends AnnotationLiteral<SessionJwtLogin> implements SessionJwtLogin {
        /** The one instance. */
        public static final Literal INSTANCE = new Literal();
        private static final long serialVersionUID = 1L;
    }
}
