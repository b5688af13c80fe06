package dev.sessionjwt.internal.token.keys;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jose4j.keys.EllipticCurves;

import dev.sessionjwt.internal.message.Message;

/**
 * Reads one OpenSSH public key line ({@code authorized_keys} / {@code id_*.pub} form: type, base64 blob, optional
 * comment) of type {@code ssh-rsa}, {@code ecdsa-sha2-nistp256} (and {@code -nistp384}, {@code -nistp521}) or
 * {@code ssh-ed25519}, decoding the SSH wire format (RFC 4253 section 6.6, RFC 5656, RFC 8709) with the JDK alone.
 *
 * <pre>
 * List&lt;ParsedKey&gt; keys = OpenSshKeys.parse("ssh-rsa AAAAB3NzaC1yc2E... deploy@django");
 * </pre>
 */
final class OpenSshKeys {

    private static final Map<String, String> EC_CURVES = Map.of(
            "nistp256", EllipticCurves.P_256, "nistp384", EllipticCurves.P_384, "nistp521", EllipticCurves.P_521);
    /** The X.509 SubjectPublicKeyInfo prefix of an Ed25519 key (RFC 8410), followed by its 32 bytes. */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03,
        0x21, 0x00};
    private static final int MAX_FIELD = 16 * 1024;
    private static final String EXPECTED = "one OpenSSH public key line: ssh-rsa, ecdsa-sha2-nistp256/384/521 or"
            + " ssh-ed25519, then the base64 key, then an optional comment";

    private OpenSshKeys() {
    }

    /** Whether the text starts like an OpenSSH public key line. */
    public static boolean isOpenSsh(String text) {
        return text.startsWith("ssh-") || text.startsWith("ecdsa-sha2-");
    }

    /**
     * The public key of an OpenSSH line.
     *
     * @param line the line, stripped
     * @throws KeyMaterialException ({@code SJWT0031}) for another key type, damaged base64 or wire
     *                              data, or a blob whose type differs from the line's
     */
    public static List<ParsedKey> parse(String line) throws KeyMaterialException {
        String[] parts = line.strip().split("\\s+", 3);
        if (parts.length < 2) {
            throw unreadable("an OpenSSH line without its base64 key");
        }
        String type = parts[0];
        try {
            ByteBuffer wire = ByteBuffer.wrap(Base64.getDecoder().decode(parts[1]));
            String inner = new String(field(wire), StandardCharsets.US_ASCII);
            if (!inner.equals(type)) {
                throw unreadable("an OpenSSH line of type " + type + " whose key says " + printable(inner));
            }
            PublicKey key = switch (type) {
                case "ssh-rsa" -> rsa(wire);
                case "ssh-ed25519" -> ed25519(wire);
                default -> type.startsWith("ecdsa-sha2-") ? ec(type.substring("ecdsa-sha2-".length()), wire) : null;
            };
            if (key == null) {
                throw unreadable("an OpenSSH key of the unsupported type " + printable(type));
            }
            if (wire.hasRemaining()) {
                throw unreadable("an OpenSSH " + type + " key with trailing data");
            }
            return List.of(ParsedKey.publicOnly(key));
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException | GeneralSecurityException e) {
            throw unreadable("an OpenSSH " + printable(type) + " line whose key is damaged");
        }
    }

    private static PublicKey rsa(ByteBuffer wire) throws GeneralSecurityException {
        BigInteger exponent = mpint(wire);
        BigInteger modulus = mpint(wire);
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }

    private static PublicKey ec(String curveName, ByteBuffer wire) throws GeneralSecurityException {
        String curve = EC_CURVES.get(curveName);
        String named = new String(field(wire), StandardCharsets.US_ASCII);
        if (curve == null || !named.equals(curveName)) {
            return null;
        }
        byte[] point = field(wire);
        ECParameterSpec spec = EllipticCurves.getSpec(curve);
        int size = (spec.getCurve().getField().getFieldSize() + 7) / 8;
        if (point.length != 1 + 2 * size || point[0] != 4) {
            throw new IllegalArgumentException("not an uncompressed point of " + curve);
        }
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 1 + size));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 1 + size, point.length));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), spec));
    }

    private static PublicKey ed25519(ByteBuffer wire) throws GeneralSecurityException {
        byte[] raw = field(wire);
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 key of " + raw.length + " bytes");
        }
        byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + 32);
        System.arraycopy(raw, 0, spki, ED25519_SPKI_PREFIX.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
    }

    /** An SSH {@code string}: a uint32 length, then that many bytes. */
    private static byte[] field(ByteBuffer wire) {
        int length = wire.getInt();
        if (length < 0 || length > MAX_FIELD || length > wire.remaining()) {
            throw new IllegalArgumentException("a field of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        wire.get(bytes);
        return bytes;
    }

    /** An SSH {@code mpint} (two's complement, big-endian), which must be positive here. */
    private static BigInteger mpint(ByteBuffer wire) {
        byte[] bytes = field(wire);
        if (bytes.length == 0 || new BigInteger(bytes).signum() <= 0) {
            throw new IllegalArgumentException("a number that is not positive");
        }
        return new BigInteger(bytes);
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return '"' + shown.replaceAll("[^\\x20-\\x7e]", "?") + '"';
    }

    private static KeyMaterialException unreadable(String found) {
        return new KeyMaterialException(Message.KEY_TEXT_UNUSABLE, found, EXPECTED);
    }
}
