package io.github.arizeadmin.apisurface;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a module, as text: one line per public or protected type (its kind, type
 * parameters, supertypes and, for sealed types, the permitted subtypes) followed by one indented line
 * per public or protected field, constructor and method it declares, with generic types, in a stable
 * order. Compared with a committed file, it makes every change of the public API a deliberate one:
 * the change shows up in review as a diff of {@code api/<module>.txt}.
 *
 * <p>A module adopts it with a test dependency on {@code arize-api-surface} and one test:
 *
 * <pre>{@code
 * class ApiSurfaceTest {
 *   @Test
 *   void thePublicApiIsTheCommittedOne() {
 *     ApiSurface.check("arize-admin-core"); // target/classes against api/arize-admin-core.txt
 *   }
 * }
 * }</pre>
 *
 * <p>The first run, or a run with {@code -Dapi.surface.update=true}, writes the file; commit it. The
 * listing is read by reflection from the compiled classes (without initializing them), so it needs
 * nothing but the JDK; names of method parameters are left out, as they are not part of the binary API.
 */
public final class ApiSurface {
  /** The system property that, set to {@code true}, rewrites the committed file instead of comparing. */
  public static final String UPDATE_PROPERTY = "api.surface.update";

  private static final String HEADER = "# The public API of %s: every public or protected type and member.%n"
      + "# Checked by its ApiSurfaceTest; after a deliberate change, regenerate it with%n"
      + "#   %s%n";

  private final List<Line> lines;

  private ApiSurface(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  /**
   * Checks a module from its own directory (the working directory of its tests): the classes under
   * {@code target/classes} against {@code api/<module>.txt}.
   *
   * @param module the module's artifact ID, which names the file
   * @throws AssertionError when the API differs from the committed file, or the file is missing
   */
  public static void check(String module) {
    of(Path.of("target", "classes")).assertMatches(module, Path.of("api", module + ".txt"));
  }

  /**
   * Lists the public API of the classes compiled into a directory. The classes must be loadable by
   * the calling thread's context class loader (a module's own classes are, in its tests).
   *
   * @param classesDirectory for example {@code target/classes}
   * @return the listing
   * @throws UncheckedIOException when the directory cannot be read
   * @throws IllegalStateException when a class file cannot be loaded
   */
  public static ApiSurface of(Path classesDirectory) {
    ClassLoader loader = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(),
        ApiSurface.class.getClassLoader());
    List<Line> lines = new ArrayList<>();
    classNames(classesDirectory).stream().map(name -> load(name, loader)).filter(ApiSurface::visible)
        .sorted(Comparator.comparing(Class::getName))
        .forEach(type -> {
          lines.add(new Line(type.getName(), header(type)));
          members(type).forEach(member -> lines.add(new Line(type.getName(), "  " + member)));
        });
    return new ApiSurface(lines);
  }

  /**
   * Returns the listing, without the header.
   *
   * @return one string per line
   */
  public List<String> lines() {
    return lines.stream().map(Line::text).toList();
  }

  /**
   * Compares the listing with a committed file. With {@value #UPDATE_PROPERTY}{@code =true}, or when
   * the file does not exist yet, writes the file instead (a missing file still fails, so that it gets
   * committed). The current listing is also written to {@code target/api-surface/}.
   *
   * @param module the module's artifact ID, named in the file's header and the failure message
   * @param committedFile the committed listing, for example {@code api/arize-admin-core.txt}
   * @throws AssertionError when they differ, naming the added and removed lines and how to regenerate
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public void assertMatches(String module, Path committedFile) {
    String regenerate = "mvn -pl " + module + " -am test -Dtest=ApiSurfaceTest "
        + "-Dsurefire.failIfNoSpecifiedTests=false -D" + UPDATE_PROPERTY + "=true";
    String text = String.format(HEADER, module, regenerate) + String.join("\n", lines()) + "\n";
    write(Path.of("target", "api-surface", committedFile.getFileName().toString()), text);
    boolean exists = Files.exists(committedFile);
    if (Boolean.getBoolean(UPDATE_PROPERTY) || !exists) {
      write(committedFile, text);
      if (!exists) {
        throw new AssertionError(committedFile + " did not exist and has been written: review and commit it.");
      }
      return;
    }
    List<String> committed = read(committedFile).stream().filter(line -> !line.startsWith("#")).toList();
    if (committed.equals(lines())) {
      return;
    }
    throw new AssertionError("The public API of " + module + " differs from " + committedFile + ".\n"
        + difference(committed) + "If the change is deliberate, regenerate the file and commit it:\n  "
        + regenerate + "\n(or copy target/api-surface/" + committedFile.getFileName() + ").");
  }

  private String difference(List<String> committed) {
    Set<String> before = new LinkedHashSet<>(committed);
    Set<String> now = new LinkedHashSet<>(lines());
    StringBuilder text = new StringBuilder();
    String owner = null;
    for (String line : committed) {
      owner = line.startsWith("  ") ? owner : line;
      if (!now.contains(line)) {
        text.append("- ").append(line.startsWith("  ") ? owner + "\n-   " + line.strip() : line).append('\n');
      }
    }
    for (Line line : lines) {
      if (!before.contains(line.text())) {
        text.append("+ ").append(line.text().startsWith("  ") ? "in " + line.type() + ":\n+   "
            + line.text().strip() : line.text()).append('\n');
      }
    }
    return text.toString();
  }

  // ---- listing ----

  private record Line(String type, String text) {
  }

  private static List<String> classNames(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".class"))
          .map(file -> root.relativize(file).toString())
          .map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
          .filter(name -> !name.endsWith("package-info") && !name.endsWith("module-info"))
          .toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError unloadable) {
      throw new IllegalStateException("Cannot load " + name + " to list its API", unloadable);
    }
  }

  /** Public (or protected when nested) and inside types that are themselves visible. */
  private static boolean visible(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    int modifiers = type.getModifiers();
    boolean exposed = Modifier.isPublic(modifiers) || (type.isMemberClass() && Modifier.isProtected(modifiers));
    return exposed && (type.getEnclosingClass() == null || visible(type.getEnclosingClass()));
  }

  private static String header(Class<?> type) {
    List<String> words = new ArrayList<>();
    int modifiers = type.getModifiers();
    words.add(Modifier.isPublic(modifiers) ? "public" : "protected");
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
    } else if (type.isInterface()) {
      kind = "interface";
    } else if (type.isEnum()) {
      kind = "enum";
    } else if (type.isRecord()) {
      kind = "record";
    } else {
      kind = "class";
      if (Modifier.isAbstract(modifiers)) {
        words.add("abstract");
      }
      if (type.isMemberClass() && Modifier.isStatic(modifiers)) {
        words.add("static");
      }
      if (Modifier.isFinal(modifiers)) {
        words.add("final");
      }
    }
    if (type.isSealed()) {
      words.add("sealed");
    }
    words.add(kind);
    StringBuilder text = new StringBuilder(String.join(" ", words)).append(' ').append(type.getName())
        .append(typeParameters(type.getTypeParameters()));
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && !Set.of(Object.class, Record.class, Enum.class).contains(type.getSuperclass())) {
      text.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      text.append(type.isInterface() ? " extends " : " implements ").append(typeNames(interfaces));
    }
    if (type.isSealed()) {
      text.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getName)
          .collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  private static List<String> members(Class<?> type) {
    List<String> members = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (exposed(field)) {
        members.add(modifiers(field) + field.getGenericType().getTypeName() + " " + field.getName());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (exposed(constructor)) {
        members.add(modifiers(constructor) + typeParameters(constructor.getTypeParameters())
            + type.getSimpleName() + signature(constructor));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (exposed(method) && !method.isBridge()) {
        String modifiers = type.isInterface() ? modifiers(method).replace("abstract ", "") : modifiers(method);
        members.add(modifiers + (method.isDefault() ? "default " : "") + typeParameters(method.getTypeParameters())
            + method.getGenericReturnType().getTypeName() + " " + method.getName() + signature(method));
      }
    }
    members.sort(Comparator.naturalOrder());
    return members;
  }

  private static boolean exposed(Member member) {
    int modifiers = member.getModifiers();
    return !member.isSynthetic() && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
  }

  private static String modifiers(Member member) {
    String deprecated = ((java.lang.reflect.AnnotatedElement) member).isAnnotationPresent(Deprecated.class)
        ? "@Deprecated " : "";
    int kept = member.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
        | Modifier.ABSTRACT);
    return deprecated + Modifier.toString(kept) + " ";
  }

  private static String signature(Executable executable) {
    Type[] parameters = executable.getGenericParameterTypes();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      String name = parameters[i].getTypeName();
      if (executable.isVarArgs() && i == parameters.length - 1 && name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2) + "...";
      }
      names.add(name);
    }
    String text = "(" + String.join(", ", names) + ")";
    Type[] thrown = executable.getGenericExceptionTypes();
    return thrown.length == 0 ? text : text + " throws " + typeNames(thrown);
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(variable -> {
      List<Type> bounds = Arrays.stream(variable.getBounds()).filter(bound -> bound != Object.class).toList();
      return bounds.isEmpty() ? variable.getName()
          : variable.getName() + " extends " + bounds.stream().map(Type::getTypeName).collect(Collectors.joining(" & "));
    }).collect(Collectors.joining(", ", "<", ">")) + (variables[0].getGenericDeclaration() instanceof Class ? "" : " ");
  }

  private static String typeNames(Type[] types) {
    return Arrays.stream(types).map(Type::getTypeName).collect(Collectors.joining(", "));
  }

  // ---- files ----

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }
}
