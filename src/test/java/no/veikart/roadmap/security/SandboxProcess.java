package no.veikart.roadmap.security;

import java.nio.file.Path;
import java.nio.file.Paths;
import no.veikart.roadmap.sandbox.Sandbox;

/**
 * The sandbox as a separate JVM for {@link CrashSafetyIT}: {@code SandboxProcess <home>} starts it without demo data
 * on a free port, prints {@value #READY}{@code <port>} once it serves requests, and runs until killed. SIGTERM stops
 * it cleanly (shutdown hook); SIGKILL is the crash under test.
 */
public final class SandboxProcess {
    static final String READY = "SANDBOX-READY port=";

    private SandboxProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Paths.get(args[0]);
        Sandbox sandbox = Sandbox.start(0, home, false);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::stop, "sandbox-shutdown"));
        System.out.println(READY + sandbox.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
