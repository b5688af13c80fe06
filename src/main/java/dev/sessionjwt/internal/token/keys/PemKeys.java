package dev.sessionjwt.internal.token.keys;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.sessionjwt.internal.message.Message;

/**
 * Reads PEM documents with the JDK alone: {@code PRIVATE KEY} (PKCS#8), {@code RSA PRIVATE KEY} (PKCS#1),
 * {@code EC PRIVATE KEY} (SEC1), {@code PUBLIC KEY} (X.509 SubjectPublicKeyInfo), {@code RSA PUBLIC KEY}
 * (PKCS#1) and {@code CERTIFICATE}, for RSA, EC and Ed25519 keys. A private key comes with its public key,
 * derived from it.
 */
public final class PemKeys {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");
    private static final String[] KEY_ALGORITHMS = {"RSA", "EC", "EdDSA"};
    private static final String SUPPORTED = "PEM blocks PRIVATE KEY (PKCS#8), RSA PRIVATE KEY, EC PRIVATE KEY,"
            + " PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE with an RSA, EC or Ed25519 key";

    private static final Message UNUSABLE = Message.KEY_TEXT_UNUSABLE;

    private PemKeys() {
    }

    /** Whether the text looks like PEM (has a BEGIN line). */
    public static boolean isPem(String text) {
        return text.contains("-----BEGIN ");
    }

    /**
     * Every key in a PEM document, in order; {@code EC PARAMETERS} blocks are skipped.
     *
     * @param text the document
     * @throws KeyMaterialException ({@code SJWT0031}) for an encrypted, unsupported or damaged block,
     *                              or a document without any key
     */
    public static List<ParsedKey> parse(String text) throws KeyMaterialException {
        List<ParsedKey> keys = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            String type = block.group(1);
            if (!type.equals("EC PARAMETERS")) {
                keys.add(parseBlock(type, block.group(2)));
            }
        }
        if (keys.isEmpty()) {
            throw new KeyMaterialException(UNUSABLE, "PEM text without a complete key block", SUPPORTED);
        }
        return keys;
    }

    private static ParsedKey parseBlock(String type, String body) throws KeyMaterialException {
        if (type.startsWith("ENCRYPTED") || body.contains("ENCRYPTED")) {
            throw new KeyMaterialException(UNUSABLE, "an encrypted private key (PEM " + type + ")",
                    "an unencrypted key; decrypt it with `openssl pkey -in encrypted.pem -out key.pem` and protect"
                            + " the file with file permissions instead");
        }
        byte[] der = decode(type, body);
        try {
            return switch (type) {
                case "PRIVATE KEY" -> pair(privateKey(der));
                case "RSA PRIVATE KEY" -> pair(privateKey(Der.sequence(Der.VERSION_0, Der.RSA_ENCRYPTION,
                        Der.tlv(Der.OCTET_STRING, der))));
                case "EC PRIVATE KEY" -> pair(privateKey(sec1ToPkcs8(der)));
                case "PUBLIC KEY" -> ParsedKey.publicOnly(publicKey(der));
                case "RSA PUBLIC KEY" -> ParsedKey.publicOnly(publicKey(Der.sequence(Der.RSA_ENCRYPTION,
                        Der.tlv(Der.BIT_STRING, new byte[] {0}, der))));
                case "CERTIFICATE" -> ParsedKey.publicOnly(CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der)).getPublicKey());
                default -> throw new KeyMaterialException(UNUSABLE, "a PEM block of type " + type, SUPPORTED);
            };
        } catch (GeneralSecurityException | RuntimeException e) {
            // damaged DER can fail anywhere in the JDK's or our own decoding: every failure means the same here
            throw new KeyMaterialException(UNUSABLE, "a PEM " + type + " block that is damaged or holds an"
                    + " unsupported key type", SUPPORTED);
        }
    }

    private static byte[] decode(String type, String body) throws KeyMaterialException {
        if (!BASE64.matcher(body).matches()) {
            throw new KeyMaterialException(UNUSABLE, "a PEM " + type + " block with headers or characters"
                    + " outside base64 (an encrypted legacy key?)", SUPPORTED);
        }
        try {
            return Base64.getMimeDecoder().decode(body.strip());
        } catch (IllegalArgumentException e) {
            throw new KeyMaterialException(UNUSABLE, "a PEM " + type + " block that is not valid base64",
                    SUPPORTED);
        }
    }

    private static ParsedKey pair(PrivateKey privateKey) throws KeyMaterialException {
        return ParsedKey.pair(privateKey, PublicKeys.derive(privateKey));
    }

    /** A PKCS#8 private key of any supported type. */
    static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
        return withAnyFactory(factory -> factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
    }

    /** An X.509 SubjectPublicKeyInfo public key of any supported type. */
    static PublicKey publicKey(byte[] spki) throws GeneralSecurityException {
        return withAnyFactory(factory -> factory.generatePublic(new X509EncodedKeySpec(spki)));
    }

    /** The key the first of the RSA, EC and EdDSA key factories reads. */
    private static <K> K withAnyFactory(KeyReading<K> reading) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return reading.read(KeyFactory.getInstance(algorithm));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Reads a key with one key factory. */
    private interface KeyReading<K> {
        K read(KeyFactory factory) throws GeneralSecurityException;
    }

    /** Wraps a SEC1 ECPrivateKey, which names its curve in its [0] element, into a PKCS#8 PrivateKeyInfo. */
    private static byte[] sec1ToPkcs8(byte[] sec1) {
        byte[] curve = null;
        for (byte[] element : Der.elements(sec1)) {
            List<byte[]> inner = Der.tag(element) == Der.CONTEXT_0 ? Der.elements(element) : List.of();
            if (!inner.isEmpty()) {
                curve = inner.get(0);
            }
        }
        if (curve == null || Der.tag(curve) != Der.OID) {
            throw new IllegalArgumentException("SEC1 key without a named curve");
        }
        return Der.sequence(Der.VERSION_0, Der.sequence(Der.EC_PUBLIC_KEY, curve), Der.tlv(Der.OCTET_STRING, sec1));
    }
}
