package dev.sessionjwt.it.glassfish;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.DeploymentExceptionTransformer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Lets {@code @ShouldThrowException(DeploymentException.class)} see GlassFish 8's refused deployments, in the GlassFish 8
 * project only (its test resources list this extension). OmniFish's managed container (2.1.0) throws Arquillian's
 * {@code DeploymentException} with the admin REST client's {@code ProcessingException} as its cause, and Arquillian's
 * {@code DeploymentExceptionHandler} matches the expected type against that cause and what the registered transformers
 * make of it, not against the wrapper: with no transformer a refused deployment fails the test class.
 */
public final class GlassFishArquillianExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.service(DeploymentExceptionTransformer.class, RefusedDeployment.class);
    }

    /** The admin client's "While Deploying Application ... FAILURE" as the deployment failure it is. */
    public static final class RefusedDeployment implements DeploymentExceptionTransformer {

        @Override
        public Throwable transform(Throwable exception) {
            String message = exception == null ? null : exception.getMessage();
            if (message != null && message.startsWith("While Deploying Application")) {
                return new DeploymentException(message, exception);
            }
            return exception;
        }
    }
}
