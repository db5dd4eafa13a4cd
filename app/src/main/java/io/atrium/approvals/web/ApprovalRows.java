package io.atrium.approvals.web;

import io.atrium.approvals.ApprovalInbox;
import io.atrium.approvals.ApprovalRequest;
import io.atrium.approvals.ApprovalSearch;
import io.atrium.shared.web.TableRows;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** One tab of the inbox, a page at a time: the requests waiting for the caller, or the decided. */
public class ApprovalRows extends TableRows<ApprovalRequest> {

  private static final long serialVersionUID = 1L;

  private final ApprovalInbox inbox;
  private final ApprovalRequest.State state;
  private Long centreId;

  ApprovalRows(ApprovalInbox inbox, ApprovalRequest.State state, Long centreId) {
    this.inbox = inbox;
    this.state = state;
    this.centreId = centreId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) inbox.count(search());
  }

  @Override
  public List<ApprovalRequest> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return inbox.list(search(), first, pageSize);
  }

  @Override
  public String getRowKey(ApprovalRequest request) {
    return String.valueOf(request.getId());
  }

  private ApprovalSearch search() {
    return new ApprovalSearch(state, centreId);
  }

  public Long getCentreId() {
    return centreId;
  }

  public void setCentreId(Long centreId) {
    this.centreId = centreId;
  }
}
