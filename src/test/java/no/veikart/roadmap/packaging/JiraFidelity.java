package no.veikart.roadmap.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the plugin's bytecode needs from Atlassian's API (every package the stand-ins provide), and the table in
 * {@code docs/jira-fidelity.md} that says for each such type and member whether a Jira 10/11 source shows it.
 *
 * <p>A use is one of: a type the code names ({@code refers}, {@code extends}, {@code implements}); a member it names in
 * its constant pool ({@code call}, {@code static call}, {@code new}, {@code field}), resolved to the stand-in type that
 * declares it the way the JVM resolves it; a method it {@code overrides} or implements, including through a lambda or
 * method reference whose functional interface is Atlassian's. Members inherited from Java's own classes (Enum#name,
 * Throwable#getMessage) and equals/hashCode/toString are left out: every Java object has them.
 */
final class JiraFidelity {

  static final String TABLE = "docs/jira-fidelity.md";
  static final String COMING_HEADING = "## Coming in with other branches";
  static final String CONFIRMED = "confirmed 10/11";
  static final String OLDER = "older only";
  static final String UNCONFIRMED = "unconfirmed";
  static final List<String> VERDICTS = List.of(CONFIRMED, OLDER, UNCONFIRMED);

  /** A type (member empty) or one of its members, both as the table spells them. */
  record Key(String type, String member) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int byType = type.compareTo(o.type);
      return byType != 0 ? byType : member.compareTo(o.member);
    }
  }

  /** One table row; {@code line} is its 1-based line in the file. */
  record Row(Key key, String use, String verdict, String source, int line, boolean coming) {
    String markdown() {
      return format(key, use, verdict, source);
    }
  }

  private JiraFidelity() {}

  static String format(Key key, String use, String verdict, String source) {
    String member = key.member().isEmpty() ? " " : " `" + key.member() + "` ";
    return "| `" + key.type() + "` |" + member + "| " + use + " | " + verdict + " | " + source + " |";
  }

  // ------------------------------------------------------------------------------------------------------------------
  // the bytecode side
  // ------------------------------------------------------------------------------------------------------------------

  /** Reads every class file under {@code root} (e.g. target/classes), keyed by internal name. */
  static Map<String, ClassFileInfo> readClasses(Path root) throws IOException {
    Map<String, ClassFileInfo> classes = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return classes;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
        try {
          ClassFileInfo info = ClassFileInfo.parse(Files.readAllBytes(f));
          classes.put(info.name(), info);
        } catch (IOException e) {
          throw new IOException("Cannot read class file " + f + ": " + e.getMessage(), e);
        }
      }
    }
    return classes;
  }

  /**
   * Atlassian types and members the classes accepted by {@code isPlugin} use, with how (sorted, comma-separated).
   * {@code classes} must also hold the stand-ins, so inherited members resolve to the type that declares them.
   */
  static Map<Key, String> uses(
      Map<String, ClassFileInfo> classes, Predicate<String> isPlugin, Predicate<String> isAtlassian) {
    Map<Key, Set<String>> uses = new TreeMap<>();
    for (ClassFileInfo c : classes.values()) {
      if (!isPlugin.test(c.name())) {
        continue;
      }
      for (String type : c.referencedClasses()) {
        if (isAtlassian.test(type)) {
          String how = type.equals(c.superName()) ? "extends" : c.interfaces().contains(type) ? "implements" : "refers";
          uses.computeIfAbsent(new Key(display(type), ""), k -> new TreeSet<>()).add(how);
        }
      }
      for (ClassFileInfo.MemberRef ref : c.memberRefs()) {
        ClassFileInfo declaring = declaring(classes, ref.owner(), ref.name(), ref.descriptor(), ref.field());
        if (declaring != null && isAtlassian.test(declaring.name()) && !isObjectMethod(ref)) {
          add(uses, declaring.name(), ref.name(), ref.descriptor(), ref.field(), how(declaring, ref));
        }
      }
      for (ClassFileInfo.Method m : c.methods()) {
        if (m.isStatic() || m.isPrivate() || m.name().startsWith("<") || OBJECT_METHODS.contains(m.name() + m.descriptor())) {
          continue;
        }
        for (ClassFileInfo s : supertypes(classes, c)) {
          if (isAtlassian.test(s.name()) && declaresOverridable(s, m.name(), m.descriptor())) {
            add(uses, s.name(), m.name(), m.descriptor(), false, "overrides");
          }
        }
      }
      for (ClassFileInfo.CallSite site : c.callSites()) {
        String functional = returnType(site.descriptor());
        ClassFileInfo fi = functional == null ? null : classes.get(functional);
        if (fi == null || !isAtlassian.test(functional)) {
          continue;
        }
        List<ClassFileInfo> candidates = new ArrayList<>(supertypes(classes, fi));
        candidates.add(0, fi);
        for (ClassFileInfo s : candidates) {
          for (ClassFileInfo.Method m : s.methods()) {
            if (m.isAbstract() && m.name().equals(site.name()) && isAtlassian.test(s.name())) {
              add(uses, s.name(), m.name(), m.descriptor(), false, "overrides");
            }
          }
        }
      }
    }
    Map<Key, String> out = new TreeMap<>();
    uses.forEach((k, v) -> out.put(k, String.join(", ", v)));
    return out;
  }

  /** equals, hashCode, toString: every Java object answers them, whichever class redeclares them. */
  private static boolean isObjectMethod(ClassFileInfo.MemberRef ref) {
    return !ref.field() && OBJECT_METHODS.contains(ref.name() + ref.descriptor());
  }

  private static final Set<String> OBJECT_METHODS =
      Set.of("equals(Ljava/lang/Object;)Z", "hashCode()I", "toString()Ljava/lang/String;");

  private static String how(ClassFileInfo declaring, ClassFileInfo.MemberRef ref) {
    if (ref.field()) {
      return "field";
    }
    if (ref.name().equals("<init>")) {
      return "new";
    }
    for (ClassFileInfo.Method m : declaring.methods()) {
      if (m.name().equals(ref.name()) && m.descriptor().equals(ref.descriptor())) {
        return m.isStatic() ? "static call" : "call";
      }
    }
    return "call";
  }

  private static void add(
      Map<Key, Set<String>> uses, String owner, String name, String descriptor, boolean field, String how) {
    uses.computeIfAbsent(new Key(display(owner), member(name, descriptor, field)), k -> new TreeSet<>())
        .add(how);
  }

  /** The class that declares the member, found as the JVM resolves it (class chain, then interfaces); null if Java's. */
  private static ClassFileInfo declaring(
      Map<String, ClassFileInfo> classes, String owner, String name, String descriptor, boolean field) {
    Deque<String> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    todo.add(owner);
    List<String> interfaces = new ArrayList<>();
    while (!todo.isEmpty() || !interfaces.isEmpty()) {
      if (todo.isEmpty()) {
        todo.addAll(interfaces); // the class chain first, then the interfaces (JVMS 5.4.3.3)
        interfaces.clear();
      }
      String n = todo.poll();
      ClassFileInfo c = classes.get(n);
      if (c == null || !seen.add(n)) {
        continue;
      }
      if (field ? declaresField(c, name, descriptor) : declaresMethod(c, name, descriptor)) {
        return c;
      }
      if (name.equals("<init>")) {
        return null;
      }
      if (c.superName() != null) {
        todo.add(c.superName());
      }
      interfaces.addAll(c.interfaces());
    }
    return null;
  }

  private static boolean declaresField(ClassFileInfo c, String name, String descriptor) {
    return c.fields().stream().anyMatch(f -> f.name().equals(name) && f.descriptor().equals(descriptor));
  }

  private static boolean declaresMethod(ClassFileInfo c, String name, String descriptor) {
    return c.methods().stream().anyMatch(m -> m.name().equals(name) && m.descriptor().equals(descriptor));
  }

  private static boolean declaresOverridable(ClassFileInfo c, String name, String descriptor) {
    return c.methods().stream().anyMatch(m -> m.name().equals(name) && m.descriptor().equals(descriptor)
        && !m.isStatic() && !m.isPrivate());
  }

  /** All superclasses and superinterfaces of {@code c} that are in {@code classes} (not c itself). */
  private static List<ClassFileInfo> supertypes(Map<String, ClassFileInfo> classes, ClassFileInfo c) {
    List<ClassFileInfo> out = new ArrayList<>();
    Deque<String> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    if (c.superName() != null) {
      todo.add(c.superName());
    }
    todo.addAll(c.interfaces());
    while (!todo.isEmpty()) {
      ClassFileInfo s = classes.get(todo.poll());
      if (s != null && seen.add(s.name())) {
        out.add(s);
        if (s.superName() != null) {
          todo.add(s.superName());
        }
        todo.addAll(s.interfaces());
      }
    }
    return out;
  }

  private static String returnType(String descriptor) {
    String ret = descriptor.substring(descriptor.indexOf(')') + 1);
    return ret.startsWith("L") ? ret.substring(1, ret.length() - 1) : null;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // spelling: internal names and descriptors as a reader writes them
  // ------------------------------------------------------------------------------------------------------------------

  /** {@code com/atlassian/Foo$Bar} -> {@code com.atlassian.Foo.Bar}. */
  static String display(String internalName) {
    return internalName.replace('/', '.').replace('$', '.');
  }

  /** {@code name(String, Long): Foo}, {@code new(String)} for a constructor, {@code NAME: Type} for a field. */
  static String member(String name, String descriptor, boolean field) {
    if (field) {
      return name + ": " + simpleTypes("(" + descriptor + ")").get(0);
    }
    int close = descriptor.indexOf(')');
    String params = String.join(", ", simpleTypes(descriptor.substring(0, close + 1)));
    if (name.equals("<init>")) {
      return "new(" + params + ")";
    }
    String ret = descriptor.substring(close + 1);
    return name + "(" + params + "): " + (ret.equals("V") ? "void" : simpleTypes("(" + ret + ")").get(0));
  }

  /** Parameter types without their package: {@code IssueService.IssueResult}, {@code String[]}, {@code long}. */
  private static List<String> simpleTypes(String methodDescriptor) {
    List<String> out = new ArrayList<>();
    for (String dotted : PluginJarIT.parameterTypes(methodDescriptor)) {
      String[] parts = dotted.split("\\.");
      int first = 0;
      while (first < parts.length - 1 && Character.isLowerCase(parts[first].charAt(0))) {
        first++; // package segments are lower case; nested classes keep their outer class
      }
      out.add(String.join(".", java.util.Arrays.asList(parts).subList(first, parts.length)));
    }
    return out;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // the table side
  // ------------------------------------------------------------------------------------------------------------------

  /** The rows of both tables in the file, in file order; problems with the rows' form go to {@code problems}. */
  static List<Row> parse(List<String> lines, List<String> problems) {
    List<Row> rows = new ArrayList<>();
    boolean coming = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("#")) {
        coming = line.equals(COMING_HEADING);
        continue;
      }
      if (!line.startsWith("|") || line.startsWith("| Type") || line.startsWith("|---") || line.startsWith("| ---")) {
        continue;
      }
      String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|", -1);
      if (cells.length != 5) {
        problems.add("line " + (i + 1) + ": a row has 5 cells (Type | Member | Use | Verdict | Source): " + line);
        continue;
      }
      Row row = new Row(new Key(unquote(cells[0]), unquote(cells[1])), cells[2].strip(), cells[3].strip(),
          cells[4].strip(), i + 1, coming);
      if (!VERDICTS.contains(row.verdict())) {
        problems.add("line " + row.line() + ": verdict must be one of " + VERDICTS + ": " + line);
      } else if (!row.verdict().equals(UNCONFIRMED) && row.source().isEmpty()) {
        problems.add("line " + row.line() + ": a '" + row.verdict() + "' row names its source: " + line);
      }
      rows.add(row);
    }
    return rows;
  }

  private static String unquote(String cell) {
    String s = cell.strip();
    return s.length() >= 2 && s.startsWith("`") && s.endsWith("`") ? s.substring(1, s.length() - 1) : s;
  }

  /** Problems of the table against the bytecode's uses: missing, stale, changed, duplicated or scattered rows. */
  static List<String> compare(Map<Key, String> used, List<Row> rows) {
    Map<Key, Row> table = new LinkedHashMap<>();
    Map<Key, Row> coming = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (Row r : rows) {
      Row earlier = (r.coming() ? coming : table).putIfAbsent(r.key(), r);
      if (earlier != null) {
        duplicates.add("line " + r.line() + " repeats line " + earlier.line() + ": " + r.markdown());
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    used.forEach((key, use) -> {
      Row row = table.get(key);
      if (row == null && coming.containsKey(key)) {
        Row c = coming.get(key);
        moved.add(format(key, use, c.verdict(), c.source()));
      } else if (row == null) {
        missing.add(format(key, use, UNCONFIRMED, ""));
      } else if (!row.use().equals(use)) {
        changed.add("line " + row.line() + " -> " + format(key, use, row.verdict(), row.source()));
      }
    });
    List<String> stale = new ArrayList<>();
    table.values().stream().filter(r -> !used.containsKey(r.key()))
        .forEach(r -> stale.add("line " + r.line() + ": " + r.markdown()));
    List<String> scattered = new ArrayList<>();
    Set<String> closed = new HashSet<>();
    String current = null;
    for (Row r : table.values()) {
      if (!r.key().type().equals(current)) {
        if (current != null) {
          closed.add(current);
        }
        current = r.key().type();
        if (closed.contains(current)) {
          scattered.add("line " + r.line() + ": rows of `" + current + "` are split; keep them together");
        }
      }
    }
    List<String> problems = new ArrayList<>();
    section(problems, "Missing rows: paste each under the rows of its type (or as a new group), then look for a"
        + " Jira 10/11 source and set verdict and source", missing);
    section(problems, "Rows waiting under '" + COMING_HEADING.substring(3) + "' that the bytecode now uses: move"
        + " them into the table (use column updated)", moved);
    section(problems, "Rows whose use changed: replace them with", changed);
    section(problems, "Rows for types or members the bytecode no longer uses: delete them (or move them under '"
        + COMING_HEADING.substring(3) + "')", stale);
    section(problems, "Duplicate rows", duplicates);
    section(problems, "Groups", scattered);
    for (Key k : coming.keySet()) {
      if (table.containsKey(k)) {
        problems.add("`" + k.type() + "` " + k.member() + " is in the table and still under '"
            + COMING_HEADING.substring(3) + "': delete the second");
      }
    }
    return problems;
  }

  private static void section(List<String> problems, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      problems.add(title + ":\n" + String.join("\n", lines));
    }
  }

  /** {@code jira-fidelity: members=N confirmed11=... olderOnly=... unconfirmed=...} for the table (not the waiting rows). */
  static String summary(List<Row> rows) {
    List<Row> table = rows.stream().filter(r -> !r.coming()).toList();
    return "jira-fidelity: members=" + table.size()
        + " confirmed11=" + count(table, CONFIRMED)
        + " olderOnly=" + count(table, OLDER)
        + " unconfirmed=" + count(table, UNCONFIRMED);
  }

  private static long count(List<Row> rows, String verdict) {
    return rows.stream().filter(r -> r.verdict().equals(verdict)).count();
  }

  static List<String> readTable(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }
}
