package vn.motcua.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/**
 * The one deployment builder: the WAR the build produced (so tests run what ships), plus the
 * test-only classes a test needs inside the server.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive motcua(Class<?>... testClasses) {
    File war = new File(System.getProperty("motcua.war", "target/motcua.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("No WAR at " + war + "; integration tests run after package");
    }
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    if (testClasses.length > 0) {
      archive.addClasses(testClasses);
    }
    return archive;
  }

  /**
   * The WAR for a test that runs inside the server: the test's helper classes and the assertion
   * library it calls there.
   */
  public static WebArchive inContainer(Class<?>... testClasses) {
    return motcua(testClasses)
        .addAsLibraries(
            Maven.configureResolver()
                .workOffline()
                .loadPomFromFile("pom.xml")
                .resolve("org.assertj:assertj-core")
                .withoutTransitivity()
                .asFile());
  }
}
