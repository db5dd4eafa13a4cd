package io.atrium.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the signatures of the API's resource methods must hold, checked over all of them, since each
 * defect below was found on one endpoint while the others were right.
 */
class ApiSignaturesTest {

  private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");

  /**
   * JSON-B writes public types only: three pricing GETs returned records of a package-private class
   * and always failed.
   */
  @Test
  void everyTypeAnAnswerHoldsIsPublic() throws IOException {
    Set<String> hidden = new TreeSet<>();
    Set<Type> seen = new HashSet<>();
    int answers = 0;
    for (Method method : resourceMethods()) {
      answers++;
      collectHidden(method.getGenericReturnType(), seen, hidden, method);
    }
    assertTrue(answers > 150, "resource methods found: " + answers);
    assertEquals(Set.of(), hidden, "answer types JSON-B cannot write");
  }

  /**
   * JSON-B writes a record's components and also its getters: a balance answered {@code due} and
   * {@code getDue}, {@code credit} and {@code getCredit}. An answer record has no getter beside its
   * components (or hides it with {@code @JsonbTransient}).
   */
  @Test
  void noAnswerRecordWritesAFieldTwice() throws IOException {
    Set<Type> seen = new HashSet<>();
    for (Method method : resourceMethods()) {
      collectHidden(method.getGenericReturnType(), seen, new TreeSet<>(), method);
    }
    Set<String> twice = new TreeSet<>();
    for (Type type : seen) {
      if (type instanceof Class<?> raw
          && raw.isRecord()
          && raw.getName().startsWith("io.atrium.")) {
        for (Method method : raw.getMethods()) {
          if (!Modifier.isStatic(method.getModifiers())
              && method.getParameterCount() == 0
              && method.getDeclaringClass() == raw
              && method.getName().matches("(get|is)[A-Z].*")
              && !method.isAnnotationPresent(jakarta.json.bind.annotation.JsonbTransient.class)) {
            twice.add(raw.getSimpleName() + "." + method.getName());
          }
        }
      }
    }
    assertEquals(Set.of(), twice, "getters JSON-B writes beside the record's fields");
  }

  /**
   * JAX-RS reads a {@code boolean} query parameter as false whatever it says ({@code
   * ?billed=maybe}) and a missing {@code long} as 0 (a missing centre looked like a wrong address):
   * such parameters are read as text and checked ({@link QueryFlags}).
   */
  @Test
  void noQueryParameterIsReadLeniently() throws IOException {
    Set<String> lenient = new TreeSet<>();
    for (Method method : resourceMethods()) {
      for (Parameter parameter : method.getParameters()) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query == null) {
          continue;
        }
        Class<?> type = parameter.getType();
        boolean flag = type == boolean.class || type == Boolean.class;
        boolean primitiveWithoutDefault =
            type.isPrimitive() && !parameter.isAnnotationPresent(DefaultValue.class);
        if (flag || primitiveWithoutDefault) {
          lenient.add(method.getDeclaringClass().getSimpleName() + "." + query.value());
        }
      }
    }
    assertEquals(Set.of(), lenient, "query parameters read leniently");
  }

  private static void collectHidden(Type type, Set<Type> seen, Set<String> hidden, Method in) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType generic) {
      collectHidden(generic.getRawType(), seen, hidden, in);
      for (Type argument : generic.getActualTypeArguments()) {
        collectHidden(argument, seen, hidden, in);
      }
      return;
    }
    if (!(type instanceof Class<?> raw) || !raw.getName().startsWith("io.atrium.")) {
      return;
    }
    for (Class<?> c = raw; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        hidden.add(raw.getName() + " (answer of " + in.getDeclaringClass().getSimpleName() + ")");
      }
    }
    if (raw.isRecord()) {
      for (var component : raw.getRecordComponents()) {
        collectHidden(component.getGenericType(), seen, hidden, in);
      }
    }
  }

  /** The public methods of every class marked {@code @Path} that answer an HTTP method. */
  private static List<Method> resourceMethods() throws IOException {
    ClassLoader loader = ApiSignaturesTest.class.getClassLoader();
    try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> CLASSES.relativize(p).toString())
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .filter(name -> name.startsWith("io.atrium.") && !name.contains("$"))
          .<Class<?>>map(name -> load(name, loader))
          .filter(type -> type != null && type.isAnnotationPresent(Path.class))
          .flatMap(type -> Stream.of(type.getMethods()))
          .filter(ApiSignaturesTest::answersAnHttpMethod)
          .toList();
    }
  }

  private static boolean answersAnHttpMethod(Method method) {
    return Stream.of(method.getAnnotations())
        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
