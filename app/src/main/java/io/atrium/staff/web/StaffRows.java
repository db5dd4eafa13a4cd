package io.atrium.staff.web;

import io.atrium.shared.web.TableRows;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffMembers;
import io.atrium.staff.StaffSearch;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** The staff table's pages, read through the service with the page's current search. */
class StaffRows extends TableRows<StaffMember> {

  private static final long serialVersionUID = 1L;

  private final StaffMembers staff;
  private StaffSearch search = StaffSearch.ALL;

  StaffRows(StaffMembers staff) {
    this.staff = staff;
  }

  void search(StaffSearch search) {
    this.search = search;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, staff.count(search));
  }

  @Override
  public List<StaffMember> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return staff.list(search, first, pageSize);
  }

  @Override
  public String getRowKey(StaffMember member) {
    return String.valueOf(member.getId());
  }
}
