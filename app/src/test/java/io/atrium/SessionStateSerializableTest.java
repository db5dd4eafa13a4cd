package io.atrium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.atrium.identity.AtriumPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.flow.FlowScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With the session cache on, the session and every view's state are serialized into Hazelcast after
 * each request, and an attribute that cannot be serialized is dropped without a word: the user
 * finds themself signed out or their form empty on the other server. So everything a session or
 * view scope holds must be serializable, down to the fields of the fields.
 */
class SessionStateSerializableTest {

  private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
      List.of(
          SessionScoped.class,
          jakarta.faces.view.ViewScoped.class,
          org.omnifaces.cdi.ViewScoped.class,
          ConversationScoped.class,
          FlowScoped.class);

  /** Injected beans of these scopes are client proxies, which Weld serializes by reference. */
  private static final List<Class<? extends Annotation>> PROXIED_SCOPES =
      List.of(
          ApplicationScoped.class,
          RequestScoped.class,
          SessionScoped.class,
          jakarta.faces.view.ViewScoped.class,
          org.omnifaces.cdi.ViewScoped.class,
          ConversationScoped.class,
          FlowScoped.class);

  /**
   * What is put into a session with setAttribute, by the only class allowed to: a new call
   * elsewhere fails {@link #onlyKnownCodeWritesSessionAttributes} until its type is listed here.
   */
  private static final List<Class<?>> SESSION_ATTRIBUTES = List.of(AtriumPrincipal.class);

  private static final Set<String> SESSION_WRITERS =
      Set.of("io.atrium.signin.AtriumAuthentication");

  private static JavaClasses classes;

  /** Types whose instances a bean only ever holds as a client proxy: normal-scoped beans. */
  private static final Set<Class<?>> PROXIED = new HashSet<>();

  @BeforeAll
  static void importApplication() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.atrium");
    for (JavaClass type : classes) {
      if (PROXIED_SCOPES.stream().anyMatch(type::isAnnotatedWith)) {
        PROXIED.add(type.reflect());
      }
      // A producer of a normal scope (the request's Formats) hands out proxies too.
      for (JavaMethod method : type.getMethods()) {
        if (method.isAnnotatedWith(Produces.class)
            && PROXIED_SCOPES.stream().anyMatch(method::isAnnotatedWith)) {
          PROXIED.add(method.getRawReturnType().reflect());
        }
      }
    }
  }

  @Test
  void everySessionAndViewScopedBeanCanBeSerializedWhole() {
    List<String> problems = new ArrayList<>();
    int beans = 0;
    for (JavaClass bean : classes) {
      if (PASSIVATING_SCOPES.stream().anyMatch(bean::isAnnotatedWith)) {
        beans++;
        check(bean.reflect(), bean.getName(), problems, new HashSet<>());
      }
    }
    assertTrue(beans > 10, "found the application's session and view beans: " + beans);
    assertEquals(List.of(), problems);
  }

  @Test
  void everySessionAttributeCanBeSerializedWhole() {
    List<String> problems = new ArrayList<>();
    for (Class<?> attribute : SESSION_ATTRIBUTES) {
      check(attribute, attribute.getName(), problems, new HashSet<>());
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void onlyKnownCodeWritesSessionAttributes() {
    Set<String> writers = new TreeSet<>();
    for (JavaClass type : classes) {
      type.getMethodCallsFromSelf().stream()
          .filter(
              call ->
                  (call.getTargetOwner().isAssignableTo(jakarta.servlet.http.HttpSession.class)
                          && call.getName().equals("setAttribute"))
                      || (call.getTargetOwner()
                              .isAssignableTo(jakarta.faces.context.ExternalContext.class)
                          && call.getName().equals("getSessionMap")))
          .forEach(call -> writers.add(type.getName()));
    }
    assertEquals(new TreeSet<>(SESSION_WRITERS), writers);
  }

  /** Adds to problems each field on the way from root that would not serialize. */
  private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    if (!type.isPrimitive() && !type.isInterface() && !Serializable.class.isAssignableFrom(type)) {
      problems.add(path + " (" + type.getName() + ") is not Serializable");
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
          continue;
        }
        String where = path + "." + field.getName();
        if (field.isAnnotationPresent(Inject.class)) {
          checkInjected(field, where, problems);
        } else {
          checkValue(field.getGenericType(), where, problems, seen);
        }
      }
    }
  }

  /**
   * Normal-scoped beans and the container's own objects arrive as proxies that serialize as a
   * reference; a dependent bean of ours is serialized with its holder, so it is checked whole.
   */
  private static void checkInjected(Field field, String where, List<String> problems) {
    Class<?> type = field.getType();
    boolean containers = !type.getName().startsWith("io.atrium.");
    if (!PROXIED.contains(type) && !containers) {
      check(type, where, problems, new HashSet<>());
    }
  }

  private static void checkValue(
      Type type, String where, List<String> problems, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
        // The JDK's lists, sets and maps serialize when their elements do.
        for (Type argument : parameterized.getActualTypeArguments()) {
          checkValue(argument, where + "<>", problems, seen);
        }
        return;
      }
      checkValue(raw, where, problems, seen);
      return;
    }
    if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        checkValue(bound, where, problems, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> raw)) {
      return; // a type variable: checked where it is bound
    }
    if (raw.isArray()) {
      checkValue(raw.getComponentType(), where + "[]", problems, seen);
      return;
    }
    if (raw.isPrimitive() || raw == Object.class || PROXIED.contains(raw)) {
      return; // a service held by a lazy list model, say: a proxy, serialized as a reference
    }
    if (raw.isInterface() && !raw.getName().startsWith("io.atrium.")) {
      return; // List, Map and the like without type arguments: their contents are not known here
    }
    if (!raw.getName().startsWith("io.atrium.")) {
      if (!Serializable.class.isAssignableFrom(raw) && !raw.isInterface()) {
        problems.add(where + " (" + raw.getName() + ") is not Serializable");
      }
      return;
    }
    check(raw, where, problems, seen);
  }
}
