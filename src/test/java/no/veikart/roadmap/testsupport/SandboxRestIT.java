package no.veikart.roadmap.testsupport;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import no.veikart.roadmap.sandbox.Sandbox;
import no.veikart.roadmap.testsupport.RestClient.Reply;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/**
 * A REST integration test's sandbox: started once per test class on a free port with its own home, the DEMO project set
 * up, and a client per demo user (admin, member, viewer, outsider, anonymous). A subclass's own {@code @BeforeClass}
 * runs after this one's.
 */
public abstract class SandboxRestIT {
    protected static Sandbox sandbox;
    protected static RestClient admin;
    protected static RestClient member;
    protected static RestClient viewer;
    protected static RestClient outsider;
    protected static RestClient anonymous;

    @BeforeClass
    public static void startSandbox() throws Exception {
        sandbox = Sandbox.start(0, Files.createTempDirectory("roadmap-rest-it"), false);
        admin = new RestClient(sandbox.baseUrl(), "admin", "admin");
        member = new RestClient(sandbox.baseUrl(), "member", "member");
        viewer = new RestClient(sandbox.baseUrl(), "viewer", "viewer");
        outsider = new RestClient(sandbox.baseUrl(), "outsider", "outsider");
        anonymous = new RestClient(sandbox.baseUrl(), null, null);
        Reply setup = admin.post("/projects/DEMO/setup", "{}");
        assertEquals(setup.body().toString(), 200, setup.status());
    }

    @AfterClass
    public static void stopSandbox() {
        if (sandbox != null) {
            sandbox.stop();
            sandbox = null;
        }
    }

    /** A new initiative in DEMO, created by member; its issue key. */
    protected static String create(String summary) throws Exception {
        Reply created = member.post("/initiatives", "{\"projectKey\":\"DEMO\",\"summary\":\"" + summary + "\"}");
        assertEquals(created.body().toString(), 201, created.status());
        return created.body().get("key").asText();
    }
}
