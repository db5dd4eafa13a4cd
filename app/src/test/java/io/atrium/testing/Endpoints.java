package io.atrium.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every REST endpoint of the application, found by reflection over the compiled classes, so a test
 * that must cover them all notices a new one.
 */
public final class Endpoints {

  private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");
  private static final Map<Class<?>, String> VERBS =
      Map.of(
          GET.class,
          "GET",
          POST.class,
          "POST",
          PUT.class,
          "PUT",
          DELETE.class,
          "DELETE",
          PATCH.class,
          "PATCH");

  private Endpoints() {}

  /**
   * An endpoint, e.g. {@code GET /api/companies/{id}}; open ones need no token. {@code body} is the
   * type its request body is read into (the one parameter without a JAX-RS annotation), or null.
   */
  public record Endpoint(String verb, String path, boolean open, Class<?> body) {
    public String key() {
      return verb + " " + path;
    }
  }

  public static List<Endpoint> all() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> type : resourceClasses()) {
      String root = join("/api", type.getAnnotation(Path.class).value());
      for (Method method : type.getMethods()) {
        for (var verb : VERBS.entrySet()) {
          if (method.isAnnotationPresent(
              verb.getKey().asSubclass(java.lang.annotation.Annotation.class))) {
            Path sub = method.getAnnotation(Path.class);
            String path = sub == null ? root : join(root, sub.value());
            boolean open =
                type.isAnnotationPresent(PermitAll.class)
                    || method.isAnnotationPresent(PermitAll.class);
            endpoints.add(
                new Endpoint(
                    verb.getValue(),
                    path.replaceAll("\\{(\\w+):[^}]+}", "{$1}"),
                    open,
                    bodyType(method)));
          }
        }
      }
    }
    return endpoints;
  }

  private static Class<?> bodyType(Method method) {
    for (Parameter parameter : method.getParameters()) {
      boolean bound =
          Stream.of(parameter.getAnnotations())
              .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
      if (!bound) {
        return parameter.getType();
      }
    }
    return null;
  }

  private static String join(String a, String b) {
    String left = a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
    String right = b.startsWith("/") ? b : "/" + b;
    return right.equals("/") ? left : left + right;
  }

  private static List<Class<?>> resourceClasses() {
    try (Stream<java.nio.file.Path> files = Files.walk(CLASSES.resolve("io/atrium"))) {
      return files
          .map(f -> CLASSES.relativize(f).toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - 6).replace('/', '.'))
          .map(Endpoints::load)
          .filter(type -> type.isAnnotationPresent(Path.class))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Endpoints.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(name, e);
    }
  }
}
