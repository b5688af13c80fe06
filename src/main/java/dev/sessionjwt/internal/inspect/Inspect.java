package dev.sessionjwt.internal.inspect;

import java.time.Clock;
import java.util.Arrays;

/**
 * {@code java -jar session-jwt-<version>-inspector.jar inspect <token | - | --token-file f>
 * [--jwks url | --key location | --key-file f] [--fields e:email] [--django]}:
 * prints the header, the claims by long name with readable times, and the verdict the library itself gives (the
 * key that verified it, or the rejection reason). Exit status 0 only for a valid token, 1 for a rejected token or
 * a value that is no token, 2 for bad usage or a token not verified; never a stack trace. The jar with classifier
 * {@code inspector} carries jose4j and slf4j-api and runs with nothing beside it; the library jar itself has no
 * {@code Main-Class}.
 *
 * <pre>
 * java -jar session-jwt-&lt;version&gt;-inspector.jar inspect eyJhbGciOi... \
 *     --jwks https://shop.example.com/.well-known/jwks.json
 * java -jar session-jwt-&lt;version&gt;-inspector.jar inspect --token-file cookie.txt --key-file session-key.pub.pem
 * printf %s "$TOKEN" | java -jar session-jwt-&lt;version&gt;-inspector.jar inspect - --key file:session-key.pub.pem
 * </pre>
 */
public final class Inspect {

    private Inspect() {
    }

    /**
     * The command line entry point; this class refers to no jose4j class, so a missing jose4j is reported here.
     *
     * @param args {@code inspect}, the token, options
     */
    public static void main(String[] args) {
        int status;
        try {
            status = InspectCommand.run(Arrays.asList(args), System.in, System.out, Clock.systemUTC());
        } catch (LinkageError e) {
            System.out.println(TerminalText.line("error: jose4j is not on the class path (" + TerminalText.value(
                    e.getMessage()) + "); run java -jar session-jwt-<version>-inspector.jar, which carries it, or"
                    + " put jose4j-*.jar and slf4j-api-*.jar on the class path"));
            status = InspectCommand.NOT_VERIFIED;
        } catch (RuntimeException e) {
            System.out.println(TerminalText.line("error: " + e.getClass().getSimpleName() + ": "
                    + TerminalText.value(e.getMessage())));
            status = InspectCommand.NOT_VERIFIED;
        }
        System.exit(status);
    }
}
