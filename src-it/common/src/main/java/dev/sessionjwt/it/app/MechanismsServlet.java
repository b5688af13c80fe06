package dev.sessionjwt.it.app;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Lists the classes of the application's HttpAuthenticationMechanism beans (any qualifier), one per line, sorted. */
@WebServlet("/mechanisms")
public class MechanismsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private BeanManager beans;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        // @Any: Jakarta Security 4.0 (EE 11) gives each built-in mechanism a qualifier of its own (a
        // @FormAuthenticationMechanismDefinition's bean has @FormAuthenticationMechanism, Soteria 4.0.2), so the default
        // qualifier finds none of them there
        response.getWriter().write(beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE).stream()
                .map(bean -> bean.getBeanClass().getName()).sorted().collect(Collectors.joining("\n")));
    }
}
