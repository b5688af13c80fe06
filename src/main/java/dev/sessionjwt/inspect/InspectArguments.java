package dev.sessionjwt.inspect;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed command line of {@code inspect}: the token and the options that say how to verify it.
 *
 * @param token        the token to inspect
 * @param jwks         the JWK set URL, if given
 * @param key          the key or key location, if given
 * @param longNames    short-to-long claim names from {@code --fields}
 * @param django       whether the token is read as django-session-jwt mints it
 * @param maxAge       {@code --max-age} seconds, for tokens without {@code exp}
 * @param issuer       {@code --issuer}, if given
 * @param audience     {@code --audience}, if given
 * @param sessionField {@code --session-field}, default {@code sk}
 */
record InspectArguments(String token, Optional<String> jwks, Optional<String> key, Map<String, String> longNames,
                        boolean django, Optional<Duration> maxAge, Optional<String> issuer, Optional<String> audience,
                        String sessionField) {

    static final String USAGE = """
            usage: java -jar session-jwt.jar inspect <token> [options]
              --jwks <url>            verify with the application's JWK set (.../.well-known/jwks.json)
              --key <key|location>    verify with a key: PEM, JWK, JWK set, certificate, OpenSSH line,
                                      secret:<the secret>, or file:/path, classpath:name, a plain path
              --fields e:email,...    long names of short claims (or a django FIELDS tuple list)
              --django                read a django-session-jwt token (no jti; exp optional with --max-age)
              --max-age <seconds>     the longest accepted age from iat
              --issuer <iss>          the application's session-jwt.issuer
              --audience <aud>        the application's session-jwt.audience
              --session-field <name>  the claim with the session id (default sk)
            exit status: 0 valid, 1 rejected or not a token, 2 not verified (no key given) or bad usage""";

    /**
     * @param args the arguments after {@code inspect}
     * @throws IllegalArgumentException with a message for the user on bad usage
     */
    static InspectArguments parse(List<String> args) {
        String token = null;
        Map<String, String> options = new LinkedHashMap<>();
        boolean django = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--django")) {
                django = true;
            } else if (arg.startsWith("--")) {
                if (!List.of("--jwks", "--key", "--fields", "--max-age", "--issuer", "--audience", "--session-field")
                        .contains(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(arg, args.get(++i));
            } else if (token == null) {
                token = arg.strip();
            } else {
                throw new IllegalArgumentException("one token only");
            }
        }
        if (token == null) {
            throw new IllegalArgumentException("no token given");
        }
        return new InspectArguments(token, Optional.ofNullable(options.get("--jwks")),
                Optional.ofNullable(options.get("--key")), longNames(options.get("--fields")), django,
                Optional.ofNullable(options.get("--max-age")).map(InspectArguments::seconds),
                Optional.ofNullable(options.get("--issuer")), Optional.ofNullable(options.get("--audience")),
                options.getOrDefault("--session-field", "sk"));
    }

    private static Map<String, String> longNames(String fields) {
        Map<String, String> names = new LinkedHashMap<>();
        if (fields == null || fields.isBlank()) {
            return names;
        }
        if (fields.strip().startsWith("(") || fields.strip().startsWith("[")) {
            return dev.sessionjwt.claims.DjangoFields.parse(fields);
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
