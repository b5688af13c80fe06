package dev.sessionjwt.inspect;

import java.time.Clock;
import java.util.Arrays;

/**
 * {@code java -jar session-jwt.jar inspect <token | - | --token-file f> [--jwks url | --key location | --key-file f]
 * [--fields e:email] [--django]}:
 * prints the header, the claims by long name with readable times, and the verdict the library itself gives (the
 * key that verified it, or the rejection reason). Exit status 0 only for a valid token, 1 for a rejected token or
 * a value that is no token, 2 for bad usage or a token not verified; never a stack trace. The jar's manifest finds
 * jose4j and slf4j-api beside it (as in {@code WEB-INF/lib}) or in the Maven repository layout.
 *
 * <pre>
 * java -jar session-jwt.jar inspect eyJhbGciOi... --jwks https://shop.example.com/.well-known/jwks.json
 * java -jar session-jwt.jar inspect --token-file cookie.txt --key-file session-key.pub.pem
 * printf %s "$TOKEN" | java -jar session-jwt.jar inspect - --key file:session-key.pub.pem
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
                    e.getMessage()) + "); put jose4j-*.jar and slf4j-api-*.jar beside session-jwt.jar, as in"
                    + " WEB-INF/lib, or run it from the Maven repository"));
            status = InspectCommand.NOT_VERIFIED;
        } catch (RuntimeException e) {
            System.out.println(TerminalText.line("error: " + e.getClass().getSimpleName() + ": "
                    + TerminalText.value(e.getMessage())));
            status = InspectCommand.NOT_VERIFIED;
        }
        System.exit(status);
    }
}
