package dev.sessionjwt.internal.token.keys;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the form of key text that {@link KeyParser} does not take, without revealing it: an SSH2 (RFC 4716) block,
 * {@code authorized_keys} text, a URL, a key or certificate in bare base64 (without its PEM lines), the base64 part of
 * an OpenSSH key, hex or base64 that may be a secret without its {@code secret:} prefix. The description shows kinds,
 * sizes and curves of public material only, never a character of the text.
 */
final class UnknownKeyText {

    /** What key text may be, said after every refusal. */
    static final String EXPECTED = "a PEM document, a JWK or JWK set, one OpenSSH public key line, or an HMAC secret"
            + " written " + KeyParser.SECRET_PREFIX + "<the secret>";

    private static final Pattern OPENSSH_KEY = Pattern.compile(
            "(?:^|\\s)(?:ssh-[a-z0-9]+|ecdsa-sha2-[a-z0-9]+|sk-[a-z0-9@.-]+)\\s+AAAA[A-Za-z0-9+/]+=*(?:\\s|$)");
    private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]{0,15})://\\S*");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+={0,2}");
    private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");
    private static final int MIN_ENCODED = 16;

    private UnknownKeyText() {
    }

    /**
     * What the text looks like, safe to show, and what to write instead.
     *
     * @param text key text that is no secret, PEM, JWK or single OpenSSH line, stripped, not null
     */
    static Form describe(String text) {
        if (text.isEmpty()) {
            return new Form("empty text", "");
        }
        if (text.contains("---- BEGIN SSH2 PUBLIC KEY ----")) {
            return new Form("an RFC 4716 SSH2 public key block (---- BEGIN SSH2 PUBLIC KEY ----)",
                    "; turn it into one OpenSSH line with `ssh-keygen -i -f key.pub`");
        }
        long sshKeys = text.lines().filter(line -> OPENSSH_KEY.matcher(line).find()).count();
        if (sshKeys > 0) {
            return new Form(sshKeys > 1 ? sshKeys + " OpenSSH public key lines (an authorized_keys file?)"
                    : text.startsWith("sk-") ? "an OpenSSH security-key (sk-) public key, which cannot verify a JWT"
                    : "OpenSSH public key text with options or other lines (an authorized_keys file?)",
                    "; one key per value: its line alone (type, base64, comment), or a JWK set for several keys");
        }
        Matcher url = URL.matcher(text);
        if (url.matches()) {
            return new Form("a URL (" + url.group(1).toLowerCase(Locale.ROOT) + "://...)", "; a location is"
                    + " file:/path or classpath:name, and a reader follows a JWK set URL with"
                    + " SessionJwtReader.builder().jwks(URI)");
        }
        if (text.regionMatches(true, 0, KeyParser.SECRET_PREFIX, 0, KeyParser.SECRET_PREFIX.length())) {
            return new Form("a secret prefix not written exactly " + KeyParser.SECRET_PREFIX, "; the prefix in lower"
                    + " case");
        }
        String compact = text.replaceAll("\\s+", "");
        if (compact.length() >= MIN_ENCODED && HEX.matcher(compact).matches()) {
            return unlabelledSecret("hex text of " + compact.length() / 2 + " bytes");
        }
        byte[] decoded = compact.length() >= MIN_ENCODED && BASE64.matcher(compact).matches() ? decode(compact) : null;
        if (decoded != null) {
            return base64Form(decoded);
        }
        if (!text.matches("(?s).*\\s.*") && (text.contains("/") || text.contains("\\"))) {
            return new Form("a relative path to a file that does not exist, or text of " + text.length()
                    + " characters that is no key", "");
        }
        return unlabelledSecret("text of " + text.length() + " characters that is no key");
    }

    /**
     * A form found and what to do about it.
     *
     * @param found what the text looks like, safe to show
     * @param hint  what to write instead, after {@link #EXPECTED}: empty, or a clause starting with "; "
     */
    record Form(String found, String hint) {
    }

    private static Form unlabelledSecret(String found) {
        return new Form(found + " (an HMAC secret without its " + KeyParser.SECRET_PREFIX + " prefix?)",
                "; if this is an HMAC secret, write " + KeyParser.SECRET_PREFIX + " before it");
    }

    private static byte[] decode(String compact) {
        try {
            return compact.contains("-") || compact.contains("_") ? Base64.getUrlDecoder().decode(compact)
                    : Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Form base64Form(byte[] bytes) {
        try {
            return new Form("bare base64 of " + KeyValidation.describe(PemKeys.publicKey(bytes))
                    + " (a public key without its PEM lines)", lines("PUBLIC KEY"));
        } catch (GeneralSecurityException | RuntimeException e) {
            // not an X.509 SubjectPublicKeyInfo: try the other forms
        }
        try {
            PemKeys.privateKey(bytes);
            return new Form("bare base64 of a private key (PKCS#8 without its PEM lines)", lines("PRIVATE KEY"));
        } catch (GeneralSecurityException | RuntimeException e) {
            // not PKCS#8 either
        }
        if (isCertificate(bytes)) {
            return new Form("bare base64 of a certificate (without its PEM lines)", lines("CERTIFICATE"));
        }
        String sshType = sshWireType(bytes);
        if (sshType != null) {
            return new Form("the base64 part of an OpenSSH " + sshType + " key without its type",
                    "; the whole OpenSSH line: type, base64, comment");
        }
        if (bytes.length > 0 && bytes[0] == 0x30) {
            return new Form("bare base64 of DER data (a key without its PEM lines?)",
                    "; the key with its -----BEGIN ...----- and -----END ...----- lines");
        }
        return unlabelledSecret("base64 text of " + bytes.length + " bytes"
                + (bytes.length == 32 ? " (a raw 32-byte key?)" : ""));
    }

    private static String lines(String type) {
        return "; the text with its -----BEGIN " + type + "----- and -----END " + type + "----- lines";
    }

    private static boolean isCertificate(byte[] bytes) {
        try {
            CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(bytes));
            return true;
        } catch (CertificateException | RuntimeException e) {
            return false;
        }
    }

    /** The key type an SSH wire blob starts with (a uint32 length, then the ASCII name), or null. */
    private static String sshWireType(byte[] bytes) {
        if (bytes.length < 8) {
            return null;
        }
        int length = ByteBuffer.wrap(bytes).getInt();
        if (length < 5 || length > 64 || length > bytes.length - 4) {
            return null;
        }
        String type = new String(bytes, 4, length, StandardCharsets.US_ASCII);
        return type.matches("(ssh-|ecdsa-sha2-|sk-)[a-z0-9@.-]+") ? type : null;
    }
}
