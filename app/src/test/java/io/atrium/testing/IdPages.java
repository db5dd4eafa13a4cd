package io.atrium.testing;

import io.atrium.approvals.ApprovalRequest;
import io.atrium.catalogue.CatalogueItem;
import io.atrium.community.CommunityEvent;
import io.atrium.directory.Company;
import io.atrium.directory.Member;
import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketAttachment;
import io.atrium.pricing.PriceQuote;
import io.atrium.reception.Visitor;
import io.atrium.spaces.Floor;
import io.atrium.spaces.Space;
import io.atrium.staff.StaffMember;
import io.atrium.staff.StaffRole;
import io.atrium.tenancy.Centre;
import java.util.List;
import java.util.Map;

/**
 * Every page and API endpoint that takes a row's id, for the cross-tenant isolation test: called by
 * one tenant's people with another tenant's ids, each must answer "not found" and show none of that
 * row. Placeholders in braces name the entity type whose id goes there ({@link #TYPES}); each
 * capability adds its own.
 */
public final class IdPages {

  private IdPages() {}

  /** A page (path relative to the application, query included) taking an id. */
  public record IdPage(String path, Class<?> type) {

    public String with(long id) {
      return IdPages.fill(path, id);
    }
  }

  /**
   * An API endpoint taking an id; body is a valid request body for methods that need one, so that
   * the only reason to refuse is the id.
   */
  public record IdEndpoint(String method, String path, Class<?> type, String body) {

    public String with(long id) {
      return IdPages.fill(path, id);
    }
  }

  /** Placeholder to entity type. */
  public static final Map<String, Class<?>> TYPES =
      Map.ofEntries(
          Map.entry("{company}", Company.class),
          Map.entry("{member}", Member.class),
          Map.entry("{staff}", StaffMember.class),
          Map.entry("{role}", StaffRole.class),
          Map.entry("{visitor}", Visitor.class),
          Map.entry("{centre}", Centre.class),
          Map.entry("{ticket}", Ticket.class),
          Map.entry("{attachment}", TicketAttachment.class),
          Map.entry("{event}", CommunityEvent.class),
          // i12-catalogue
          Map.entry("{item}", CatalogueItem.class),
          // i12-spaces
          Map.entry("{space}", Space.class),
          Map.entry("{floor}", Floor.class),
          // i12-approvals
          Map.entry("{quote}", PriceQuote.class),
          Map.entry("{approval}", ApprovalRequest.class));

  public static final List<IdPage> PAGES =
      List.of(
          new IdPage("directory/companies/detail.xhtml?id={company}", Company.class),
          new IdPage("directory/members/detail.xhtml?id={member}", Member.class),
          new IdPage("staff/detail.xhtml?id={staff}", StaffMember.class),
          new IdPage("reception/dashboard.xhtml?centre={centre}", Centre.class),
          new IdPage("helpdesk/queue.xhtml?centre={centre}", Centre.class),
          new IdPage("community/events/list.xhtml?centre={centre}", Centre.class),
          new IdPage("reception/history.xhtml?member={member}", Member.class),
          new IdPage("reception/history.xhtml?company={company}", Company.class),
          new IdPage("helpdesk/ticket.xhtml?id={ticket}", Ticket.class),
          new IdPage("helpdesk/attachments/{attachment}", TicketAttachment.class),
          new IdPage("community/events/edit.xhtml?id={event}", CommunityEvent.class),
          new IdPage("community/events/attendees.xhtml?id={event}", CommunityEvent.class),
          new IdPage("community/events/cover?id={event}", CommunityEvent.class),
          // i12-catalogue
          new IdPage("catalogue/edit.xhtml?id={item}", CatalogueItem.class),
          new IdPage("catalogue/list.xhtml?centre={centre}", Centre.class),
          // i12-approvals
          new IdPage("pricing/quote.xhtml?id={quote}", PriceQuote.class),
          new IdPage("pricing/quotes.xhtml?centre={centre}", Centre.class),
          new IdPage("approvals/inbox.xhtml?centre={centre}", Centre.class),
          // i12-pricing
          new IdPage("pricing/grids.xhtml?centre={centre}", Centre.class),
          new IdPage("pricing/discounts.xhtml?centre={centre}", Centre.class),
          // i12-spaces
          new IdPage("spaces/list.xhtml?centre={centre}", Centre.class),
          new IdPage("spaces/list.xhtml?floor={floor}", Floor.class),
          new IdPage("spaces/floors.xhtml?centre={centre}", Centre.class),
          new IdPage("spaces/edit.xhtml?id={space}", Space.class),
          new IdPage("spaces/edit.xhtml?floor={floor}", Floor.class),
          new IdPage("spaces/floor.xhtml?id={floor}", Floor.class),
          new IdPage("spaces/plan?floor={floor}", Floor.class),
          // i13-collection
          new IdPage("collection/reminders.xhtml?centre={centre}", Centre.class));

  private static final String COMPANY_FORM =
      "{\"name\":\"Isolation check\",\"kind\":\"PROSPECT\",\"homeCentreId\":0}";
  private static final String MEMBER_FORM =
      "{\"fullName\":\"Isolation Check\",\"email\":\"isolation.check@example.test\"}";

  private static final String EVENT_FORM =
      "{\"title\":\"Isolation check\",\"date\":\""
          + java.time.LocalDate.now().plusDays(30) // within the two-year planning horizon
          + "\",\"startTime\":\"18:00\","
          + "\"endTime\":\"20:00\",\"location\":\"Hall\",\"capacity\":5}";

  /** i12-catalogue: valid item and price forms, so that only the id can be refused. */
  private static final String ITEM_FORM =
      "{\"code\":\"ISOLATION\",\"kind\":\"OPTION\",\"nameEn\":\"Isolation\","
          + "\"nameFr\":\"Isolation\",\"unit\":\"UNIT\",\"vatCategory\":\"S\",\"taxRate\":\"20\"}";

  private static final String PRICE_FORM =
      "{\"centreId\":1,\"from\":\""
          + java.time.LocalDate.now().plusDays(2)
          + "\",\"unitPrice\":\"1\"}";
  // i12-spaces
  private static final String SPACE_FORM =
      "{\"kind\":\"MEETING_ROOM\",\"name\":\"Isolation check\",\"capacity\":4}";
  private static final String FLOOR_FORM = "{\"name\":\"Isolation check\",\"level\":1}";
  private static final String OUTLINES_FORM = "{\"outlines\":[]}";

  /** i13-collection: a valid period, so that only the centre can be refused. */
  private static final String PERIOD = "from=2026-01-01&to=2026-01-31";

  public static final List<IdEndpoint> ENDPOINTS =
      List.of(
          new IdEndpoint("GET", "api/events/{event}", CommunityEvent.class, null),
          new IdEndpoint("PUT", "api/events/{event}", CommunityEvent.class, EVENT_FORM),
          new IdEndpoint("GET", "api/events/{event}/cover", CommunityEvent.class, null),
          new IdEndpoint("PUT", "api/events/{event}/cover", CommunityEvent.class, "{}"),
          new IdEndpoint("POST", "api/events/{event}/publish", CommunityEvent.class, "{}"),
          new IdEndpoint("POST", "api/events/{event}/cancel", CommunityEvent.class, "{}"),
          new IdEndpoint("POST", "api/events/{event}/rsvp", CommunityEvent.class, "{}"),
          new IdEndpoint("DELETE", "api/events/{event}/rsvp", CommunityEvent.class, null),
          new IdEndpoint("GET", "api/events/{event}/attendees", CommunityEvent.class, null),
          new IdEndpoint(
              "POST", "api/events/{event}/attendees/{member}/check-in", CommunityEvent.class, "{}"),
          new IdEndpoint("GET", "api/companies/{company}", Company.class, null),
          new IdEndpoint("PUT", "api/companies/{company}", Company.class, COMPANY_FORM),
          new IdEndpoint("POST", "api/companies/{company}/archive", Company.class, "{}"),
          new IdEndpoint("POST", "api/companies/{company}/restore", Company.class, "{}"),
          new IdEndpoint("GET", "api/companies/{company}/members", Company.class, null),
          new IdEndpoint("POST", "api/companies/{company}/members", Company.class, MEMBER_FORM),
          new IdEndpoint("GET", "api/members/{member}", Member.class, null),
          new IdEndpoint("PUT", "api/members/{member}", Member.class, MEMBER_FORM),
          new IdEndpoint("POST", "api/members/{member}/activation", Member.class, "{}"),
          new IdEndpoint("GET", "api/staff/{staff}", StaffMember.class, null),
          new IdEndpoint(
              "PUT", "api/staff-roles/{role}/permissions/{permission}", StaffRole.class, null),
          new IdEndpoint(
              "DELETE", "api/staff-roles/{role}/permissions/{permission}", StaffRole.class, null),
          new IdEndpoint("GET", "api/visitors/{visitor}", Visitor.class, null),
          new IdEndpoint(
              "POST",
              "api/visitors/{visitor}/decision",
              Visitor.class,
              "{\"decision\":\"APPROVE\"}"),
          new IdEndpoint("POST", "api/visitors/{visitor}/arrival", Visitor.class, "{}"),
          new IdEndpoint("POST", "api/visitors/{visitor}/check-in", Visitor.class, "{}"),
          new IdEndpoint("POST", "api/visitors/{visitor}/check-out", Visitor.class, "{}"),
          new IdEndpoint("POST", "api/visitors/{visitor}/no-show", Visitor.class, "{}"),
          new IdEndpoint("GET", "api/tickets/{ticket}", Ticket.class, null),
          new IdEndpoint("POST", "api/tickets/{ticket}/attachments", Ticket.class, "{}"),
          new IdEndpoint(
              "GET", "api/tickets/{ticket}/attachments/{attachment}", TicketAttachment.class, null),
          new IdEndpoint(
              "POST", "api/tickets/{ticket}/comments", Ticket.class, "{\"body\":\"Isolation\"}"),
          new IdEndpoint("POST", "api/tickets/{ticket}/reopen", Ticket.class, "{}"),
          new IdEndpoint(
              "POST", "api/tickets/{ticket}/assignment", Ticket.class, "{\"assigneeId\":1}"),
          new IdEndpoint(
              "POST", "api/tickets/{ticket}/status", Ticket.class, "{\"status\":\"SOLVED\"}"),
          new IdEndpoint("POST", "api/tickets/{ticket}/escalation", Ticket.class, "{}"),
          new IdEndpoint("DELETE", "api/tickets/{ticket}/escalation", Ticket.class, null),
          // i12-catalogue
          new IdEndpoint("GET", "api/catalogue/{item}", CatalogueItem.class, null),
          new IdEndpoint("PUT", "api/catalogue/{item}", CatalogueItem.class, ITEM_FORM),
          new IdEndpoint("POST", "api/catalogue/{item}/prices", CatalogueItem.class, PRICE_FORM),
          // i12-spaces
          new IdEndpoint("GET", "api/spaces/{space}", Space.class, null),
          new IdEndpoint("PUT", "api/spaces/{space}", Space.class, SPACE_FORM),
          new IdEndpoint("GET", "api/floors/{floor}", Floor.class, null),
          new IdEndpoint("PUT", "api/floors/{floor}", Floor.class, FLOOR_FORM),
          new IdEndpoint("GET", "api/floors/{floor}/plan", Floor.class, null),
          new IdEndpoint("PUT", "api/floors/{floor}/plan", Floor.class, "{}"),
          new IdEndpoint("GET", "api/floors/{floor}/spaces", Floor.class, null),
          new IdEndpoint("PUT", "api/floors/{floor}/outlines", Floor.class, OUTLINES_FORM),
          // i12-approvals
          new IdEndpoint("GET", "api/approvals/{approval}", ApprovalRequest.class, null),
          new IdEndpoint(
              "POST",
              "api/approvals/{approval}/decision",
              ApprovalRequest.class,
              "{\"decision\":\"APPROVE\"}"),
          // i13-collection
          new IdEndpoint(
              "GET", "api/exports/invoices.csv?" + PERIOD + "&centre={centre}", Centre.class, null),
          new IdEndpoint(
              "GET", "api/exports/payments.csv?" + PERIOD + "&centre={centre}", Centre.class, null),
          new IdEndpoint(
              "GET", "api/exports/fec.txt?" + PERIOD + "&centre={centre}", Centre.class, null),
          new IdEndpoint(
              "GET", "api/exports/gstr1.json?" + PERIOD + "&centre={centre}", Centre.class, null));

  /** The id in every placeholder but {permission}, which gets a real permission. */
  static String fill(String path, long id) {
    return path.replace("{permission}", "companies:read")
        .replaceAll("\\{[a-z]+}", Long.toString(id));
  }
}
