package dev.sessionjwt.internal.inspect;

import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed command line of {@code inspect}: the token and the options that say how to verify it. The token and
 * the key come from the command line, a file or standard input ({@code -}).
 *
 * @param token        the token to inspect
 * @param jwks         the JWK set URL, if given
 * @param discover     the discovery document's URL, if given
 * @param plainHttp    whether {@code --allow-plain-http} accepts a JWK set over http to another host than loopback
 * @param key          the key or key location, if given
 * @param longNames    short-to-long claim names from {@code --fields}
 * @param django       whether the token is read as django-session-jwt mints it
 * @param maxAge       {@code --max-age} seconds, for tokens without {@code exp}
 * @param issuer       {@code --issuer}, if given
 * @param audience     {@code --audience}, if given
 * @param sessionField {@code --session-field}, if given (the reader's default is {@code sk})
 */
record InspectArguments(String token, Optional<String> jwks, Optional<String> discover, boolean plainHttp,
                        Optional<String> key, Map<String, String> longNames, boolean django, Optional<Duration> maxAge,
                        Optional<String> issuer, Optional<String> audience, Optional<String> sessionField) {

    static final String USAGE = """
            usage: java -jar session-jwt-<version>-inspector.jar inspect <token | - | --token-file <file>> [options]
              <token>                 the token; - reads it from standard input
              --token-file <file>     read the token from a file (- for standard input): not shown by ps
              --jwks <url>            verify with the application's JWK set (.../.well-known/jwks.json): https,
                                      or http to 127.0.0.1 or [::1]
              --discover <url>        verify as the application's discovery document (.../.well-known/session-jwt)
                                      says: its JWK set, issuer, names, and its ended-sessions feed (a token of a
                                      session that ended is ENDED, exit status 1); https, or http to 127.0.0.1
              --allow-plain-http      accept --jwks or --discover over http to another host (anyone on the path
                                      can forge)
              --key <key|location>    verify with a key: PEM, JWK, JWK set, certificate, OpenSSH line,
                                      secret:<the secret>, or file:/path, classpath:name, a plain path
              --key-file <file>       verify with the key in a file (as --key file:<file>), or - to read what
                                      --key takes from standard input: keeps a secret out of ps
              --fields e:email,...    long names of short claims (or a django FIELDS tuple list)
              --django                read a django-session-jwt token (no jti; exp optional with --max-age)
              --max-age <seconds>     the longest accepted age from iat
              --issuer <iss>          the application's session-jwt.issuer
              --audience <aud>        the application's session-jwt.audience
              --session-field <name>  the claim with the session id (default sk)
            standard input (-) serves the token or the key, not both
            everything shown from the token has its control and other non-printable characters escaped (\\uXXXX)
            exit status: 0 valid, 1 rejected, ended or not a token, 2 not verified (no key given) or bad usage""";

    /**
     * @param args  the arguments after {@code inspect}
     * @param stdin standard input, read when the token or the key is {@code -}
     * @throws IllegalArgumentException with a message for the user on bad usage, or a token or key file that cannot
     *                                  be read
     */
    static InspectArguments parse(List<String> args, InputStream stdin) {
        String token = null;
        Map<String, String> options = new LinkedHashMap<>();
        boolean django = false;
        boolean plainHttp = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--django")) {
                django = true;
            } else if (arg.equals("--allow-plain-http")) {
                plainHttp = true;
            } else if (arg.startsWith("--")) {
                if (!List.of("--jwks", "--discover", "--key", "--key-file", "--token-file", "--fields", "--max-age",
                        "--issuer", "--audience", "--session-field").contains(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                if (options.put(arg, args.get(++i)) != null) {
                    throw new IllegalArgumentException(arg + " given twice");
                }
            } else if (token == null) {
                token = arg.strip();
            } else {
                throw new IllegalArgumentException("one token only");
            }
        }
        if (token != null && options.containsKey("--token-file")) {
            throw new IllegalArgumentException("one token only: a token and --token-file");
        }
        if (options.containsKey("--key") && options.containsKey("--key-file")) {
            throw new IllegalArgumentException("one key only: --key and --key-file");
        }
        if (List.of("--jwks", "--discover", "--key", "--key-file").stream().filter(options::containsKey).count() > 1) {
            throw new IllegalArgumentException("one key source only: --jwks, --discover, or --key/--key-file");
        }
        String tokenSource = token != null ? (token.equals(InputText.STDIN) ? token : null)
                : options.get("--token-file");
        String keyFile = options.get("--key-file");
        if (InputText.STDIN.equals(tokenSource) && InputText.STDIN.equals(keyFile)) {
            throw new IllegalArgumentException("standard input (-) serves the token or the key, not both");
        }
        if (tokenSource != null) {
            token = InputText.read(token != null ? "token" : "--token-file", tokenSource, stdin);
        }
        if (token == null) {
            throw new IllegalArgumentException("no token given");
        }
        Optional<String> key = Optional.ofNullable(options.get("--key"));
        if (keyFile != null) {
            key = Optional.of(keyFile.equals(InputText.STDIN) ? InputText.read("--key-file", keyFile, stdin)
                    : InputText.fileLocation("--key-file", keyFile));
        }
        return new InspectArguments(token, Optional.ofNullable(options.get("--jwks")),
                Optional.ofNullable(options.get("--discover")), plainHttp, key, longNames(options.get("--fields")),
                django, Optional.ofNullable(options.get("--max-age")).map(InspectArguments::seconds),
                Optional.ofNullable(options.get("--issuer")), Optional.ofNullable(options.get("--audience")),
                Optional.ofNullable(options.get("--session-field")));
    }

    private static Map<String, String> longNames(String fields) {
        Map<String, String> names = new LinkedHashMap<>();
        if (fields == null || fields.isBlank()) {
            return names;
        }
        if (fields.strip().startsWith("(") || fields.strip().startsWith("[")) {
            return dev.sessionjwt.internal.claims.DjangoFields.parse(fields);
        }
        for (String entry : fields.split(",")) {
            String[] parts = entry.strip().split(":");
            if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new IllegalArgumentException("--fields entries are short:long, not \"" + entry.strip() + "\"");
            }
            names.put(parts[0], parts[1]);
        }
        return names;
    }

    private static Duration seconds(String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--max-age needs a positive number of seconds, not \"" + value + "\"");
    }
}
