package io.atrium.spaces.web;

import io.atrium.shared.web.TableRows;
import io.atrium.spaces.Space;
import io.atrium.spaces.SpaceSearch;
import io.atrium.spaces.Spaces;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The spaces table's rows, a page at a time, and the filters of its header. */
public class SpaceRows extends TableRows<Space> {

  private static final long serialVersionUID = 1L;

  private final Spaces spaces;
  private Long centreId;
  private Long floorId;
  private Space.Kind kind;
  private Space.Status status;

  SpaceRows(Spaces spaces) {
    this.spaces = spaces;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) spaces.count(search());
  }

  @Override
  public List<Space> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return spaces.list(search(), first, pageSize);
  }

  @Override
  public String getRowKey(Space space) {
    return String.valueOf(space.getId());
  }

  /** The filters a link names ({@code ?centre=&floor=&kind=&status=}); nonsense is ignored. */
  void filterBy(Function<String, String> parameter) {
    centreId = number(parameter.apply("centre"), centreId);
    floorId = number(parameter.apply("floor"), floorId);
    String kindName = parameter.apply("kind");
    Arrays.stream(Space.Kind.values())
        .filter(k -> k.name().equals(kindName))
        .findFirst()
        .ifPresent(k -> kind = k);
    String statusName = parameter.apply("status");
    Arrays.stream(Space.Status.values())
        .filter(s -> s.name().equals(statusName))
        .findFirst()
        .ifPresent(s -> status = s);
  }

  private static Long number(String text, Long otherwise) {
    return text != null && text.matches("\\d{1,18}") ? Long.valueOf(text) : otherwise;
  }

  private SpaceSearch search() {
    return new SpaceSearch(centreId, floorId, kind, status);
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }

  public Long getFloorId() {
    return floorId;
  }

  public void setFloorId(Long floorId) {
    this.floorId = floorId;
  }

  public Space.Kind getKind() {
    return kind;
  }

  public void setKind(Space.Kind kind) {
    this.kind = kind;
  }

  public Space.Status getStatus() {
    return status;
  }

  public void setStatus(Space.Status status) {
    this.status = status;
  }
}
