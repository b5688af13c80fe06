package dev.sessionjwt.internal.container;

import java.util.List;

import dev.sessionjwt.internal.message.Message;

import dev.sessionjwt.container.ContainerAdapterProvider;

/**
 * Thrown at deployment when no {@link dev.sessionjwt.container.ContainerAdapter} supports the running server, and when an adapter
 * finds the server's internals other than it expects.
 */
public class UnsupportedContainerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable message id. */
    public static final String ID = Message.UNSUPPORTED_CONTAINER.id();

    /**
     * @param serverInfo the server's {@code ServletContext.getServerInfo()}
     * @param supported  the servers of the adapters found ({@link ContainerAdapterProvider#serverName()})
     */
    public UnsupportedContainerException(String serverInfo, List<String> supported) {
        super(Message.UNSUPPORTED_CONTAINER.format(serverInfo, "it has no container adapter; the adapters found"
                + " support: " + (supported.isEmpty() ? "none (META-INF/services/"
                + ContainerAdapterProvider.class.getName() + " is missing)" : String.join("; ", supported))
                + ". Deploy on one of these, add an adapter for this server"
                + " (src/site/markdown/contributing.md#container-adapters),"
                + " or remove session-jwt from this application."));
    }

    /**
     * @param serverInfo the server's {@code ServletContext.getServerInfo()}
     * @param cause      what did not work
     */
    public UnsupportedContainerException(String serverInfo, Throwable cause) {
        super(Message.UNSUPPORTED_CONTAINER.format(serverInfo, "its request internals are not the ones its adapter"
                + " expects (" + cause + "). Use a server version the README lists as tested."), cause);
    }
}
