package no.veikart.roadmap.packaging;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal class-file reader (JVMS chapter 4) for the packaging checks: which classes a class file needs at run time,
 * its string constants, its fields and methods, its interfaces, the members it names (calls, field accesses) and its
 * invokedynamic call sites (for {@link JiraFidelity}). No ASM: none is on the test class path.
 *
 * <p>"Referenced" follows what bnd counts when it computes {@code Import-Package}: class constants, field, method and
 * call-site descriptors, generic signatures and <em>run-time visible</em> annotations (types, enum and class values).
 * Annotations with {@code CLASS} retention ({@code RuntimeInvisible*}) are skipped, as bnd skips them: the JVM never
 * loads them. Debug tables (local variable types) are skipped too.
 */
final class ClassFileInfo {

  // No ':' in a class name: type parameters such as fastexcel's <E_SETTER:Lorg/dhatim/...;> are not types.
  private static final Pattern OBJECT_TYPE = Pattern.compile("L([^;<>.:\\[]+)[;<.]");

  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int FLOAT = 4;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int STRING = 8;
  private static final int FIELD_REF = 9;
  private static final int METHOD_REF = 10;
  private static final int INTERFACE_METHOD_REF = 11;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;
  private static final int METHOD_TYPE = 16;
  private static final int DYNAMIC = 17;
  private static final int INVOKE_DYNAMIC = 18;
  private static final int MODULE = 19;
  private static final int PACKAGE = 20;

  /** One method of the class: name and descriptor, e.g. {@code get} and {@code (Ljava/lang/String;)Ljava/lang/String;}. */
  record Method(String name, String descriptor, int access) {
    static final int STATIC = 0x0008;
    static final int PRIVATE = 0x0002;
    static final int ABSTRACT = 0x0400;

    boolean isStatic() {
      return (access & STATIC) != 0;
    }

    boolean isPrivate() {
      return (access & PRIVATE) != 0;
    }

    boolean isAbstract() {
      return (access & ABSTRACT) != 0;
    }
  }

  /** One field declared by the class. */
  record Field(String name, String descriptor) {}

  /** A field or method of some class that this class's constant pool names (a call, field access or method handle). */
  record MemberRef(boolean field, String owner, String name, String descriptor) {}

  /** An invokedynamic call site: for a lambda, the functional method's name and {@code (captured)FunctionalType}. */
  record CallSite(String name, String descriptor) {}

  private final String name;
  private final String superName;
  private final Set<String> referencedClasses;
  private final Set<String> stringConstants;
  private final List<Method> methods;
  private final List<String> interfaces = new ArrayList<>();
  private final List<Field> fields = new ArrayList<>();
  private final Set<MemberRef> memberRefs = new LinkedHashSet<>();
  private final Set<CallSite> callSites = new LinkedHashSet<>();

  private ClassFileInfo(
      String name, String superName, Set<String> referencedClasses, Set<String> stringConstants, List<Method> methods) {
    this.name = name;
    this.superName = superName;
    this.referencedClasses = Collections.unmodifiableSet(referencedClasses);
    this.stringConstants = Collections.unmodifiableSet(stringConstants);
    this.methods = Collections.unmodifiableList(methods);
  }

  /** Internal names of the interfaces the class declares it implements (directly). */
  List<String> interfaces() {
    return Collections.unmodifiableList(interfaces);
  }

  List<Field> fields() {
    return Collections.unmodifiableList(fields);
  }

  /** Every field and method reference in the constant pool, whatever its owner. */
  Set<MemberRef> memberRefs() {
    return Collections.unmodifiableSet(memberRefs);
  }

  /** Every invokedynamic call site (lambdas, method references, string concatenation). */
  Set<CallSite> callSites() {
    return Collections.unmodifiableSet(callSites);
  }

  /** Internal name of the class, e.g. {@code no/veikart/roadmap/Foo$Bar}. */
  String name() {
    return name;
  }

  /** Internal name of the superclass; null only for {@code java/lang/Object} and module-info. */
  String superName() {
    return superName;
  }

  /** Internal names of every class this class needs at run time (see the class comment), itself included. */
  Set<String> referencedClasses() {
    return referencedClasses;
  }

  /** Packages (dotted) of {@link #referencedClasses()}; the default package is left out. */
  Set<String> referencedPackages() {
    Set<String> packages = new TreeSet<>();
    for (String internalName : referencedClasses) {
      int slash = internalName.lastIndexOf('/');
      if (slash > 0) {
        packages.add(internalName.substring(0, slash).replace('/', '.'));
      }
    }
    return packages;
  }

  /** Values of {@code CONSTANT_String} entries: the string literals in the code. */
  Set<String> stringConstants() {
    return stringConstants;
  }

  List<Method> methods() {
    return methods;
  }

  static ClassFileInfo parse(byte[] bytes) throws IOException {
    return new Reader(new DataInputStream(new ByteArrayInputStream(bytes))).read();
  }

  /** Adds the internal names of all object types in a field/method descriptor or generic signature. */
  static void addTypesOfDescriptor(String descriptorOrSignature, Set<String> into) {
    Matcher m = OBJECT_TYPE.matcher(descriptorOrSignature);
    while (m.find()) {
      // A type variable such as "TLIST;" can produce a slash-less match; real class names in packages have a slash
      // and the default package is irrelevant here.
      if (m.group(1).indexOf('/') > 0) {
        into.add(m.group(1));
      }
    }
  }

  private static final class Reader {
    private final DataInputStream in;
    private Object[] pool;
    private int[] tags;
    private int[][] links;
    private final Set<String> refs = new TreeSet<>();
    private final Set<String> strings = new TreeSet<>();
    private final List<Method> methods = new ArrayList<>();
    private final List<String> interfaceNames = new ArrayList<>();
    private final List<Field> fieldList = new ArrayList<>();
    private final Set<MemberRef> memberRefs = new LinkedHashSet<>();
    private final Set<CallSite> callSites = new LinkedHashSet<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    ClassFileInfo read() throws IOException {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file (bad magic)");
      }
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      readConstantPool();
      in.readUnsignedShort(); // access flags
      String thisName = className(in.readUnsignedShort());
      int superIndex = in.readUnsignedShort();
      String superName = superIndex == 0 ? null : className(superIndex);
      int interfaces = in.readUnsignedShort();
      for (int i = 0; i < interfaces; i++) {
        interfaceNames.add(className(in.readUnsignedShort())); // a CONSTANT_Class, already counted
      }
      int fields = in.readUnsignedShort();
      for (int i = 0; i < fields; i++) {
        readMember(false);
      }
      int methodCount = in.readUnsignedShort();
      for (int i = 0; i < methodCount; i++) {
        readMember(true);
      }
      readAttributes();
      ClassFileInfo info = new ClassFileInfo(thisName, superName, refs, strings, methods);
      info.interfaces.addAll(interfaceNames);
      info.fields.addAll(fieldList);
      info.memberRefs.addAll(memberRefs);
      info.callSites.addAll(callSites);
      return info;
    }

    private void readConstantPool() throws IOException {
      int count = in.readUnsignedShort();
      pool = new Object[count];
      tags = new int[count];
      // Indices are resolved after the whole pool is read: entries may point forward.
      links = new int[count][];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        tags[i] = tag;
        switch (tag) {
          case UTF8 -> pool[i] = in.readUTF();
          case INTEGER, FLOAT -> in.readInt();
          case LONG, DOUBLE -> {
            in.readLong();
            i++; // takes two slots
          }
          case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> links[i] = new int[] {in.readUnsignedShort()};
          case FIELD_REF, METHOD_REF, INTERFACE_METHOD_REF, NAME_AND_TYPE, DYNAMIC, INVOKE_DYNAMIC ->
              links[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
          case METHOD_HANDLE -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          default -> throw new IOException("unknown constant pool tag " + tag + " at index " + i);
        }
      }
      for (int i = 1; i < count; i++) {
        switch (tags[i]) {
          case CLASS -> addClassConstant(utf8(links[i][0]));
          case STRING -> strings.add(utf8(links[i][0]));
          case METHOD_TYPE -> addTypesOfDescriptor(utf8(links[i][0]), refs);
          case NAME_AND_TYPE -> addTypesOfDescriptor(utf8(links[i][1]), refs);
          case FIELD_REF, METHOD_REF, INTERFACE_METHOD_REF -> {
            int[] nameAndType = links[links[i][1]];
            memberRefs.add(new MemberRef(tags[i] == FIELD_REF, className(links[i][0]), utf8(nameAndType[0]),
                utf8(nameAndType[1])));
          }
          case INVOKE_DYNAMIC -> {
            int[] nameAndType = links[links[i][1]];
            callSites.add(new CallSite(utf8(nameAndType[0]), utf8(nameAndType[1])));
          }
          default -> {
            // other entries only point at the ones above
          }
        }
      }
    }

    private void addClassConstant(String internalName) {
      if (internalName.startsWith("[")) {
        addTypesOfDescriptor(internalName, refs); // array class: a descriptor
      } else {
        refs.add(internalName);
      }
    }

    private void readMember(boolean isMethod) throws IOException {
      int access = in.readUnsignedShort();
      String memberName = utf8(in.readUnsignedShort());
      String descriptor = utf8(in.readUnsignedShort());
      addTypesOfDescriptor(descriptor, refs);
      if (isMethod) {
        methods.add(new Method(memberName, descriptor, access));
      } else {
        fieldList.add(new Field(memberName, descriptor));
      }
      readAttributes();
    }

    private void readAttributes() throws IOException {
      int count = in.readUnsignedShort();
      for (int i = 0; i < count; i++) {
        String attributeName = utf8(in.readUnsignedShort());
        int length = in.readInt();
        switch (attributeName) {
          case "Signature" -> addTypesOfDescriptor(utf8(in.readUnsignedShort()), refs);
          case "RuntimeVisibleAnnotations" -> readAnnotations();
          case "RuntimeVisibleParameterAnnotations" -> {
            int parameters = in.readUnsignedByte();
            for (int p = 0; p < parameters; p++) {
              readAnnotations();
            }
          }
          case "AnnotationDefault" -> readElementValue();
          case "Code" -> readCode();
          default -> in.skipNBytes(length); // incl. RuntimeInvisible*, type annotations, debug tables
        }
      }
    }

    private void readCode() throws IOException {
      in.readUnsignedShort(); // max_stack
      in.readUnsignedShort(); // max_locals
      int codeLength = in.readInt();
      in.skipNBytes(codeLength); // instructions only point into the pool, which is read already
      int exceptionTable = in.readUnsignedShort();
      in.skipNBytes(exceptionTable * 8L);
      readAttributes(); // StackMapTable, LineNumberTable, ... all skipped by name
    }

    private void readAnnotations() throws IOException {
      int count = in.readUnsignedShort();
      for (int i = 0; i < count; i++) {
        readAnnotation();
      }
    }

    private void readAnnotation() throws IOException {
      addTypesOfDescriptor(utf8(in.readUnsignedShort()), refs);
      int pairs = in.readUnsignedShort();
      for (int i = 0; i < pairs; i++) {
        in.readUnsignedShort(); // element name
        readElementValue();
      }
    }

    private void readElementValue() throws IOException {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's' -> in.readUnsignedShort();
        case 'e' -> {
          addTypesOfDescriptor(utf8(in.readUnsignedShort()), refs); // enum type
          in.readUnsignedShort(); // constant name
        }
        case 'c' -> addTypesOfDescriptor(utf8(in.readUnsignedShort()), refs); // class literal, a return descriptor
        case '@' -> readAnnotation();
        case '[' -> {
          int values = in.readUnsignedShort();
          for (int i = 0; i < values; i++) {
            readElementValue();
          }
        }
        default -> throw new IOException("unknown annotation element tag '" + (char) tag + "'");
      }
    }

    private String utf8(int index) throws IOException {
      if (index <= 0 || index >= pool.length || tags[index] != UTF8) {
        throw new IOException("constant pool index " + index + " is not a UTF8 entry");
      }
      return (String) pool[index];
    }

    private String className(int classIndex) throws IOException {
      if (classIndex <= 0 || classIndex >= pool.length || tags[classIndex] != CLASS) {
        throw new IOException("constant pool index " + classIndex + " is not a class entry");
      }
      return utf8(links[classIndex][0]);
    }
  }
}
