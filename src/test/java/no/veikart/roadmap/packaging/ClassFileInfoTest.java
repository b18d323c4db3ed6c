package no.veikart.roadmap.packaging;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.junit.Test;

/** The class-file reader behind PluginJarIT's import check counts what bnd counts, and nothing else. */
public class ClassFileInfoTest {

  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER})
  @interface RuntimeMarker {
    Class<?> value() default Object.class;

    ElementType kind() default ElementType.TYPE;
  }

  /** A fixture using types only through a signature, an annotation value, a parameter annotation and code. */
  @RuntimeMarker(value = java.util.concurrent.TimeUnit.class, kind = ElementType.FIELD)
  @ClassRetainedMarker
  static class Fixture implements Callable<Map<String, java.time.Duration>> {
    Supplier<List<java.math.BigDecimal>> supplier;

    @Override
    public Map<String, java.time.Duration> call() {
      return Map.of("x", java.time.Duration.ofSeconds(new java.util.Random(1).nextInt(3)));
    }

    String greet(@RuntimeMarker String name, int[] counts, java.util.Map.Entry<String, String>[] entries) {
      return "roadmap.fixture.hello " + name + counts.length + entries.length;
    }
  }

  private static ClassFileInfo read(Class<?> type) throws IOException {
    String resource = "/" + type.getName().replace('.', '/') + ".class";
    try (InputStream in = type.getResourceAsStream(resource)) {
      return ClassFileInfo.parse(in.readAllBytes());
    }
  }

  @Test
  public void countsCodeSignaturesAndRuntimeAnnotationsButNotClassRetainedOnes() throws IOException {
    ClassFileInfo info = read(Fixture.class);
    Set<String> refs = info.referencedClasses();

    assertEquals("no/veikart/roadmap/packaging/ClassFileInfoTest$Fixture", info.name());
    assertTrue(refs.contains("java/util/Random")); // code
    assertTrue(refs.contains("java/util/concurrent/Callable")); // interface
    assertTrue(refs.contains("java/math/BigDecimal")); // generic signature only
    assertTrue(refs.contains("java/util/concurrent/TimeUnit")); // class value of a runtime annotation
    assertTrue(refs.contains("java/lang/annotation/ElementType")); // enum value of a runtime annotation
    assertTrue(refs.contains("no/veikart/roadmap/packaging/ClassFileInfoTest$RuntimeMarker"));
    assertFalse("CLASS-retained annotations are never loaded and bnd does not import them",
        refs.contains("no/veikart/roadmap/packaging/ClassRetainedMarker"));
    assertTrue(info.referencedPackages().contains("java.time"));
    assertTrue(info.stringConstants().contains("x"));
  }

  @Test
  public void listsMethodsWithJavaParameterTypes() throws IOException {
    ClassFileInfo info = read(Fixture.class);
    ClassFileInfo.Method greet = info.methods().stream().filter(m -> m.name().equals("greet")).findFirst().orElseThrow();

    assertEquals(List.of("java.lang.String", "int[]", "java.util.Map.Entry[]"),
        PluginJarIT.parameterTypes(greet.descriptor()));
  }

  @Test
  public void readsAModernJdkClass() throws IOException {
    ClassFileInfo info = read(java.util.stream.Collectors.class);
    assertTrue(info.referencedPackages().contains("java.util.function"));
  }

  @Test
  public void templateCallsFollowReferenceChainsAndSkipComments() {
    String vm = "## $hidden.secret()\n<p>$i18n.getText(\"a.b\", $phase.doneSteps())</p>\n"
        + "#foreach($x in $page.initiatives().isEmpty())${x.name()}#end $!y.z $5.00 #* $gone.away() *#";

    List<String> calls = PluginJarIT.templateCalls(vm).stream()
        .map(c -> c.receiver() + "." + c.method() + "@" + c.line() + (c.chainStart() ? "" : "~"))
        .toList();

    assertEquals(List.of("i18n.getText@2", "phase.doneSteps@2", "page.initiatives@3", "page.isEmpty@3~", "x.name@3"),
        calls);
  }

  @Test
  public void messageArgumentsIgnoreFormatDetails() {
    assertEquals(Set.of(0, 1), PluginJarIT.messageArguments("{0} of {1,number,integer}"));
    assertEquals(Set.of(), PluginJarIT.messageArguments("no arguments {here}"));
  }
}
