package dev.sessionjwt.internal.token.keys;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The few DER encodings needed to turn PKCS#1 and SEC1 keys into the PKCS#8 and X.509 forms the JDK
 * reads: tag-length-value encoding and splitting a sequence into its elements. Throws
 * {@link IllegalArgumentException} on malformed input.
 */
final class Der {

    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;
    static final int CONTEXT_0 = 0xA0;

    /** INTEGER 0, the version of a PKCS#8 PrivateKeyInfo. */
    static final byte[] VERSION_0 = {INTEGER, 1, 0};
    /** AlgorithmIdentifier of rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
    static final byte[] RSA_ENCRYPTION = sequence(
            new byte[] {OID, 9, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01},
            new byte[] {0x05, 0});
    /** OID of id-ecPublicKey (1.2.840.10045.2.1). */
    static final byte[] EC_PUBLIC_KEY = {OID, 7, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x02, 0x01};

    private Der() {
    }

    /** The encoding of one element: tag, definite length, contents. */
    static byte[] tlv(int tag, byte[]... contents) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (byte[] part : contents) {
            value.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.size() + 6);
        out.write(tag);
        int length = value.size();
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (Integer.SIZE - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(value.toByteArray());
        return out.toByteArray();
    }

    /** A SEQUENCE of already encoded elements. */
    static byte[] sequence(byte[]... elements) {
        return tlv(SEQUENCE, elements);
    }

    /**
     * The elements of one constructed element (a SEQUENCE or a context tag), each fully encoded.
     *
     * @param encoded exactly one element, with nothing after it
     */
    static List<byte[]> elements(byte[] encoded) {
        int[] header = header(encoded, 0);
        if (header[0] + header[1] != encoded.length) {
            throw new IllegalArgumentException("trailing bytes after the element");
        }
        List<byte[]> elements = new ArrayList<>();
        int pos = header[0];
        while (pos < encoded.length) {
            int[] child = header(encoded, pos);
            int end = child[0] + child[1];
            byte[] element = new byte[end - pos];
            System.arraycopy(encoded, pos, element, 0, element.length);
            elements.add(element);
            pos = end;
        }
        return elements;
    }

    /** The tag of an encoded element. */
    static int tag(byte[] encoded) {
        if (encoded.length == 0) {
            throw new IllegalArgumentException("empty element");
        }
        return encoded[0] & 0xff;
    }

    /** {offset of the contents, length of the contents} of the element starting at {@code pos}. */
    private static int[] header(byte[] der, int pos) {
        if (pos + 2 > der.length) {
            throw new IllegalArgumentException("truncated element");
        }
        int first = der[pos + 1] & 0xff;
        int offset = pos + 2;
        long length = first;
        if (first >= 0x80) {
            int bytes = first & 0x7f;
            if (bytes == 0 || bytes > 4 || offset + bytes > der.length) {
                throw new IllegalArgumentException("unsupported length");
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (der[offset++] & 0xff);
            }
        }
        if (offset + length > der.length) {
            throw new IllegalArgumentException("truncated element");
        }
        return new int[] {offset, (int) length};
    }
}
