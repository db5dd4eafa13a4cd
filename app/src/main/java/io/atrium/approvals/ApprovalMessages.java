package io.atrium.approvals;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.notifications.InAppNotice;
import io.atrium.notifications.Mail;
import io.atrium.notifications.NoticeNumber;
import io.atrium.notifications.NoticeValue;
import io.atrium.notifications.Notifications;
import io.atrium.shared.format.Formats;
import io.atrium.staff.StaffMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What approvers and requesters are told, by e-mail and in their bell, each in their language, in
 * the transaction of the request or the decision: approvers a request waiting in their inbox, the
 * requester the decision with a link to their document.
 */
@ApplicationScoped
class ApprovalMessages {

  static final String INBOX = "/approvals/inbox.xhtml";

  @Inject Notifications notifications;

  void requested(ApprovalRequest request, Iterable<StaffMember> approvers) {
    for (StaffMember approver : approvers) {
      send(
          approver,
          "approval.requested",
          request,
          INBOX + "?centre=" + request.getCentre().getId());
    }
  }

  void decided(ApprovalRequest request, StaffMember requester) {
    String template =
        request.getState() == ApprovalRequest.State.APPROVED
            ? "approval.approved"
            : "approval.rejected";
    String page = request.getDocumentPage() == null ? "/" : request.getDocumentPage();
    send(requester, template, request, page);
  }

  private void send(StaffMember to, String template, ApprovalRequest request, String page) {
    Map<String, String> params = params(to, request);
    notifications.email(
        new Mail(to.getEmail(), to.getFullName(), to.getLanguage(), template, params)
            .linkingTo(page));
    notifications.notice(
        new InAppNotice(
            AtriumPrincipal.Kind.STAFF,
            to.getId(),
            to.getLanguage(),
            template,
            params,
            page,
            numbers(request)));
  }

  /**
   * The bell's percentages and amount, written when the approver reads them, in the format of their
   * page's language then (the mail's are written now: it is sent once).
   */
  static Map<String, NoticeValue> numbers(ApprovalRequest request) {
    Map<String, NoticeValue> numbers = new HashMap<>();
    numbers.put("percent", NoticeNumber.of(request.getRequestedPercent()));
    numbers.put("ceiling", NoticeNumber.of(request.getCeilingPercent()));
    if (request.getAmount() != null) {
      numbers.put("amount", NoticeNumber.amount(request.getAmount(), request.getCurrency()));
    }
    return numbers;
  }

  /** The request as its reader reads it: percentages and amount in their region's format. */
  static Map<String, String> params(StaffMember reader, ApprovalRequest request) {
    Locale language =
        Locale.forLanguageTag(reader.getLanguage() == null ? "en" : reader.getLanguage());
    Formats formats = Formats.of(language, request.getCentre().getCountry());
    Map<String, String> params = new HashMap<>();
    params.put("name", reader.getFullName());
    params.put("summary", request.getSummary());
    params.put("centre", request.getCentre().getLabel());
    params.put("requester", request.getRequestedByName());
    params.put("percent", formats.number(request.getRequestedPercent()));
    params.put("ceiling", formats.number(request.getCeilingPercent()));
    params.put(
        "amount",
        request.getAmount() == null
            ? "-"
            : formats.amount(request.getAmount()) + " " + request.getCurrency());
    params.put("decider", request.getDecidedByName() == null ? "-" : request.getDecidedByName());
    params.put("reason", request.getReason() == null ? "-" : request.getReason());
    return params;
  }
}
