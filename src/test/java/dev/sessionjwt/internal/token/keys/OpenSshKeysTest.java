package dev.sessionjwt.internal.token.keys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

import dev.sessionjwt.internal.message.Message;
import org.junit.jupiter.api.Test;

/** Unit tests of {@link OpenSshKeys}: lines written by ssh-keygen and lines encoded here from JDK keys. */
class OpenSshKeysTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = OpenSshKeysTest.class.getResourceAsStream("/keys/ssh/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    private static PublicKey parsed(String line) throws KeyMaterialException {
        return KeyParser.parse(line).get(0).publicKey();
    }

    @Test
    void sshKeygenRsaAndEcdsaLinesGiveTheKeysItsPkcs8ExportHolds() throws Exception {
        for (String type : new String[] {"rsa", "ecdsa"}) {
            PublicKey fromLine = parsed(resource("test-only-" + type + ".pub"));
            PublicKey fromPem = KeyParser.parse(resource("test-only-" + type + ".pub.pem")).get(0).publicKey();
            assertArrayEquals(fromPem.getEncoded(), fromLine.getEncoded(), type);
        }
    }

    @Test
    void sshKeygenEd25519LineGivesAnEd25519KeyWithTheDefaultAlgorithmEdDsa() throws Exception {
        PublicKey key = parsed(resource("test-only-ed25519.pub"));
        assertThat(JwsAlgorithm.defaultFor(key).orElseThrow(), is(JwsAlgorithm.EDDSA));
    }

    @Test
    void jdkKeysEncodedInTheWireFormatVerifyTheirOwnSignatures() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair[] pairs = {rsa.generateKeyPair(), ec.generateKeyPair(),
            KeyPairGenerator.getInstance("Ed25519").generateKeyPair()};
        String[] algorithms = {"SHA256withRSA", "SHA256withECDSA", "Ed25519"};
        for (int i = 0; i < pairs.length; i++) {
            PublicKey key = parsed(line(pairs[i].getPublic()) + " user@host");
            Signature signer = Signature.getInstance(algorithms[i]);
            signer.initSign(pairs[i].getPrivate());
            signer.update(new byte[] {1, 2, 3});
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithms[i]);
            verifier.initVerify(key);
            verifier.update(new byte[] {1, 2, 3});
            assertThat(algorithms[i], verifier.verify(signature), is(true));
        }
    }

    @Test
    void aLineWhoseBlobNamesAnotherTypeIsRefused() throws Exception {
        String blob = resource("test-only-ed25519.pub").split(" ")[1];
        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> parsed("ssh-rsa " + blob));
        assertThat(e.getMessage(), containsString("says"));
        assertThat(e.id(), is(Message.KEY_TEXT_UNUSABLE.id()));
    }

    @Test
    void damagedUnsupportedAndTruncatedLinesAreRefusedWithTheKeyId() throws Exception {
        String rsaLine = resource("test-only-rsa.pub");
        String blob = rsaLine.split(" ")[1];
        byte[] wire = Base64.getDecoder().decode(blob);
        String truncated = Base64.getEncoder().encodeToString(Arrays.copyOf(wire, wire.length - 10));
        String trailing = Base64.getEncoder().encodeToString(Arrays.copyOf(wire, wire.length + 4));
        for (String bad : new String[] {"ssh-rsa", "ssh-rsa !!!notbase64", "ssh-rsa " + truncated, "ssh-rsa " + trailing,
            "ssh-dss " + blob, "ecdsa-sha2-nistp999 " + blob, "ssh-rsa AAAA"}) {
            KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> parsed(bad), bad);
            assertThat(bad, e.id(), is(Message.KEY_TEXT_UNUSABLE.id()));
        }
    }

    @Test
    void aNegativeRsaModulusIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        string(data, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
        string(data, BigInteger.valueOf(65537).toByteArray());
        string(data, new byte[] {(byte) 0x80, 1, 2, 3});
        String line = "ssh-rsa " + Base64.getEncoder().encodeToString(out.toByteArray());
        assertThrows(KeyMaterialException.class, () -> parsed(line));
    }

    /** An OpenSSH line for a JDK key, written from RFC 4253 / 5656 / 8709 independently of the parser. */
    static String line(PublicKey key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        String type;
        if (key instanceof RSAPublicKey rsa) {
            type = "ssh-rsa";
            string(data, type.getBytes(StandardCharsets.US_ASCII));
            string(data, rsa.getPublicExponent().toByteArray());
            string(data, rsa.getModulus().toByteArray());
        } else if (key instanceof ECPublicKey ec) {
            type = "ecdsa-sha2-nistp256";
            string(data, type.getBytes(StandardCharsets.US_ASCII));
            string(data, "nistp256".getBytes(StandardCharsets.US_ASCII));
            byte[] point = new byte[65];
            point[0] = 4;
            copyUnsigned(ec.getW().getAffineX(), point, 1);
            copyUnsigned(ec.getW().getAffineY(), point, 33);
            string(data, point);
        } else {
            type = "ssh-ed25519";
            string(data, type.getBytes(StandardCharsets.US_ASCII));
            byte[] spki = key.getEncoded();
            string(data, Arrays.copyOfRange(spki, spki.length - 32, spki.length));
        }
        return type + " " + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, target, offset + 32 - length, length);
    }

    private static void string(DataOutputStream data, byte[] bytes) throws IOException {
        data.writeInt(bytes.length);
        data.write(bytes);
    }
}
