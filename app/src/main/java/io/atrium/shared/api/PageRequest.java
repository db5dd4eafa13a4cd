package io.atrium.shared.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page a list endpoint is asked for, {@code ?page=&size=} (a {@code @BeanParam}): the page from
 * 0, its size from 1 to {@value #MAX_SIZE}, 20 by default. Values out of range are brought into it
 * rather than refused, as the list endpoints always did, so a client paging past the end gets an
 * empty page.
 */
public class PageRequest {

  public static final int MAX_SIZE = 100;

  @Parameter(description = "from 0")
  @QueryParam("page")
  @DefaultValue("0")
  private int page;

  @Parameter(description = "1 to 100")
  @QueryParam("size")
  @DefaultValue("20")
  private int size = 20;

  public PageRequest() {}

  public PageRequest(int page, int size) {
    this.page = page;
    this.size = size;
  }

  public int page() {
    return Math.max(page, 0);
  }

  public int size() {
    return Math.min(Math.max(size, 1), MAX_SIZE);
  }

  /** The first row of the page; a page beyond any real list stays a (far, empty) page. */
  public int offset() {
    return (int) Math.min((long) page() * size(), Integer.MAX_VALUE);
  }

  /** This page of a list, with how many rows match in all. */
  public <T> Page<T> of(List<T> items, long total) {
    return new Page<>(items, total, page(), size());
  }
}
