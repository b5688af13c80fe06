package dev.sessionjwt.container;

/**
 * Thrown at deployment when the library runs in a servlet container it has no adapter for.
 */
public class UnsupportedContainerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable message id. */
    public static final String ID = "SJWT0010";

    /**
     * @param serverInfo the container's {@code ServletContext.getServerInfo()}
     */
    public UnsupportedContainerException(String serverInfo) {
        super(ID + ": session-jwt does not support the servlet container \"" + serverInfo + "\"; it supports"
                + " Payara 6 and GlassFish 7. Remove session-jwt from this application or deploy it on a"
                + " supported container.");
    }

    /**
     * @param serverInfo the container's {@code ServletContext.getServerInfo()}
     * @param cause      what did not work
     */
    public UnsupportedContainerException(String serverInfo, Throwable cause) {
        super(ID + ": session-jwt cannot bind sessions in \"" + serverInfo + "\": its request internals are not"
                + " the ones expected (" + cause + "). Use a supported Payara 6 / GlassFish 7 version.", cause);
    }
}
