package dev.sessionjwt.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jdk.jfr.Recording;

/**
 * {@link CpuBreakdown} on a real JFR recording of this JVM: a request thread that signs with ES256 is counted as the
 * signature's arithmetic, one that runs the benchmark's own code as neither signature nor library, and threads of
 * another name are left out.
 */
class CpuBreakdownTest {

    private static final AtomicBoolean RUNNING = new AtomicBoolean(true);

    @Test
    void samplesAreCountedByWhatTheirStackIsSpentOn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            Thread signer = busy("http-thread-pool-signer", CpuBreakdownTest::signInALoop);
            Thread app = busy("http-thread-pool-app", CpuBreakdownTest::spinInALoop);
            Thread.sleep(2_000);
            RUNNING.set(false);
            signer.join();
            app.join();
            recording.stop();
            recording.dump(file);
        }
        assertThat(Files.size(file), greaterThan(0L));

        CpuBreakdown both = CpuBreakdown.of(file, "http-thread-pool-");
        CpuBreakdown signerOnly = CpuBreakdown.of(file, "http-thread-pool-signer");
        CpuBreakdown appOnly = CpuBreakdown.of(file, "http-thread-pool-app");
        CpuBreakdown none = CpuBreakdown.of(file, "no-such-thread");

        assertThat(signerOnly.samples(), greaterThan(10));
        assertThat(appOnly.samples(), greaterThan(10));
        assertThat(both.samples(), is(signerOnly.samples() + appOnly.samples()));
        assertThat(none.samples(), is(0));
        assertThat(signerOnly.share(CpuBreakdown.Category.SIGNATURE_ARITHMETIC), greaterThan(0.5));
        assertThat(appOnly.share(CpuBreakdown.Category.SIGNATURE_ARITHMETIC), is(0.0));
        assertThat("the benchmark's own classes are not the library",
                appOnly.share(CpuBreakdown.Category.LIBRARY), is(0.0));
        assertThat(appOnly.share(CpuBreakdown.Category.CONTAINER), greaterThan(0.9));
    }

    private static Thread busy(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }

    private static void signInALoop() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(generator.generateKeyPair().getPrivate());
            byte[] input = new byte[256];
            while (RUNNING.get()) {
                signature.update(input);
                signature.sign();
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void spinInALoop() {
        long x = 0;
        while (RUNNING.get()) {
            for (int i = 0; i < 1_000_000; i++) {
                x += i * 31L ^ (x >>> 7);
            }
        }
        if (x == 42) {
            System.out.println(x); // keeps the loop from being optimized away
        }
    }
}
