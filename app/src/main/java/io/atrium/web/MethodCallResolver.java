package io.atrium.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods pages call on Atrium's own objects ({@code #{f.link()}}, {@code
 * #{caller.can('visitors:edit')}}) through a method found once per class, name and number of
 * arguments. EL's own resolver looks the method up again on every call, copying every public method
 * of the class (of a CDI proxy: hundreds) each time; the home calls the accessors of its tiles'
 * records some hundred times per page.
 *
 * <p>It answers only when exactly one public, non-variable-arity method has that name and number of
 * arguments; anything else (overloads, library classes, no such method) is left to EL's resolvers,
 * which give the same answers and messages as before. Arguments are coerced by EL's rules, and an
 * exception thrown by the method reaches the error pages as it did.
 */
public class MethodCallResolver extends ELResolver {

  /** Per class, per "name/arity": the one method, or empty when EL must decide. */
  private static final ClassValue<Map<String, Optional<Method>>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || !(method instanceof String name) || !ours(base.getClass())) {
      return null;
    }
    Object[] given = params == null ? new Object[0] : params;
    Method target = find(base.getClass(), name, given.length).orElse(null);
    if (target == null
        || (paramTypes != null && !Arrays.equals(paramTypes, target.getParameterTypes()))) {
      return null;
    }
    Class<?>[] types = target.getParameterTypes();
    Object[] arguments = new Object[given.length];
    for (int i = 0; i < given.length; i++) {
      arguments[i] = context.convertToType(given[i], types[i]);
    }
    Object result;
    try {
      result = target.invoke(base, arguments);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
    context.setPropertyResolved(base, method);
    return result;
  }

  /** Atrium's public classes, CDI proxies of its beans included; never a library's. */
  private static boolean ours(Class<?> type) {
    return type.getName().startsWith("io.atrium.") && Modifier.isPublic(type.getModifiers());
  }

  private static Optional<Method> find(Class<?> type, String name, int arity) {
    return METHODS
        .get(type)
        .computeIfAbsent(
            name + "/" + arity,
            key -> {
              List<Method> candidates =
                  Arrays.stream(type.getMethods())
                      .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                      .filter(m -> !m.isVarArgs() && !m.isBridge())
                      .filter(m -> Modifier.isPublic(m.getDeclaringClass().getModifiers()))
                      .toList();
              return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
            });
  }

  // Properties are not this resolver's business: EL's own resolvers answer them.

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Not resolved here.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
