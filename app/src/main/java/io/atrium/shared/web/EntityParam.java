package io.atrium.shared.web;

import io.atrium.shared.NotFoundException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Turns the id in a page's address into the row it names, for OmniFaces' {@code @Param}:
 * {@code @Inject @Param(name = "id", converter = "#{ticketParam}") Ticket ticket}. The row is read
 * through the capability's own service, so its tenant, centre and rights checks decide; an id that
 * is malformed, unknown, or someone else's is "not found" (404 through {@code
 * RefusalStatusFilter}), never an empty page. A missing id converts to nothing: a page that needs
 * one says so with {@link #required}; a page that creates when it has none (an event's form) does
 * not.
 *
 * <p>Subclasses are one line per aggregate: an {@code @ApplicationScoped @Named} bean handing its
 * service's {@code get} to this constructor.
 */
public abstract class EntityParam<T> implements Converter<T> {

  private final LongFunction<T> get;
  private final Function<T, Long> idOf;

  /** For CDI's proxy only. */
  protected EntityParam() {
    this(id -> null, row -> null);
  }

  protected EntityParam(LongFunction<T> get, Function<T, Long> idOf) {
    this.get = get;
    this.idOf = idOf;
  }

  @Override
  public T getAsObject(FacesContext context, UIComponent component, String value) {
    return value == null || value.isBlank() ? null : found(get.apply(id(value)));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, T value) {
    return value == null ? "" : String.valueOf(idOf.apply(value));
  }

  /**
   * The row a page cannot do without.
   *
   * @throws NotFoundException when the address named none
   */
  public static <T> T required(T row) {
    return found(row);
  }

  /**
   * An id as typed in an address.
   *
   * @throws NotFoundException when it is not a number, as for an unknown id
   */
  public static long id(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  private static <T> T found(T row) {
    if (row == null) {
      throw new NotFoundException();
    }
    return row;
  }
}
