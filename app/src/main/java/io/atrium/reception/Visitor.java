package io.atrium.reception;

import io.atrium.identity.AtriumPrincipal;
import io.atrium.shared.InstantConverter;
import io.atrium.tenancy.Centre;
import io.atrium.tenancy.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A visitor expected at a centre by a host member. Life cycle:
 *
 * <pre>
 * EXPECTED ──arrive──▶ ARRIVED ──approve──▶ APPROVED ──checkIn──▶ CHECKED_IN ──checkOut──▶ CHECKED_OUT
 *    │                    └──decline──▶ DECLINED
 *    └──markNoShow──▶ NO_SHOW
 * </pre>
 *
 * A walk-in is registered ARRIVED. Each step keeps its exact instant; the check-out instant is kept
 * for good, even when the retention purge blanks the visitor's personal fields ({@link #purge}).
 * The check-in token (its SHA-256 only) opens the kiosk's arrival once, while EXPECTED. Every other
 * move throws {@link IllegalVisitorStepException}.
 */
@Entity
public class Visitor extends TenantEntity {

  public enum State {
    EXPECTED,
    ARRIVED,
    APPROVED,
    DECLINED,
    CHECKED_IN,
    CHECKED_OUT,
    NO_SHOW,
    /** Invited to a booking that was cancelled. */
    CANCELLED;

    private final String key = name().toLowerCase(Locale.ROOT);

    /** The state in lower case ({@code checked_in}), for messages and style classes. */
    public String getKey() {
      return key;
    }

    public String getLabelKey() {
      return "visitor.state." + key;
    }
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "centre_id")
  private Centre centre;

  @Column(name = "host_id")
  private long hostId;

  @Column(name = "host_company_id")
  private Long hostCompanyId;

  @Column(name = "host_name")
  private String hostName;

  @Enumerated(EnumType.STRING)
  @Column(name = "invited_by_kind")
  private AtriumPrincipal.Kind invitedByKind;

  @Column(name = "invited_by_id")
  private long invitedById;

  @Column(name = "invited_by_name")
  private String invitedByName;

  @Column(name = "full_name")
  private String fullName;

  private String email;
  private String phone;

  @Column(name = "company_name")
  private String companyName;

  private String purpose;
  private String notes;

  @Column(name = "expected_date")
  private LocalDate expectedDate;

  @Column(name = "visit_time")
  private LocalTime visitTime;

  @Column(name = "walk_in")
  private boolean walkIn;

  @Enumerated(EnumType.STRING)
  private State state = State.EXPECTED;

  @Column(name = "check_in_token_hash")
  private String checkInTokenHash;

  @Column(name = "token_used_at")
  @Convert(converter = InstantConverter.class)
  private Instant tokenUsedAt;

  @Column(name = "invited_at")
  @Convert(converter = InstantConverter.class)
  private Instant invitedAt;

  @Column(name = "arrived_at")
  @Convert(converter = InstantConverter.class)
  private Instant arrivedAt;

  @Column(name = "decided_at")
  @Convert(converter = InstantConverter.class)
  private Instant decidedAt;

  @Column(name = "decided_by_id")
  private Long decidedById;

  @Column(name = "checked_in_at")
  @Convert(converter = InstantConverter.class)
  private Instant checkedInAt;

  @Column(name = "checked_out_at")
  @Convert(converter = InstantConverter.class)
  private Instant checkedOutAt;

  @Column(name = "no_show_at")
  @Convert(converter = InstantConverter.class)
  private Instant noShowAt;

  @Column(name = "purged_at")
  @Convert(converter = InstantConverter.class)
  private Instant purgedAt;

  /** The booking the visitor comes to (a meeting), whose time their access follows. */
  @Column(name = "booking_id", updatable = false)
  private Long bookingId;

  protected Visitor() {}

  /** A visitor as written on the invite form; who hosts and who invited are set by the service. */
  Visitor(Centre centre, NewVisitor form, Host host, Inviter inviter, Instant now) {
    this.centre = centre;
    this.hostId = host.id();
    this.hostCompanyId = host.companyId();
    this.hostName = host.fullName();
    this.invitedByKind = inviter.kind();
    this.invitedById = inviter.id();
    this.invitedByName = inviter.name();
    this.fullName = trim(form.getFullName());
    this.email = form.getEmail() == null ? null : trim(form.getEmail()).toLowerCase(Locale.ROOT);
    this.phone = trim(form.getPhone());
    this.companyName = trim(form.getCompanyName());
    this.purpose = trim(form.getPurpose());
    this.notes = trim(form.getNotes());
    this.expectedDate = form.getExpectedDate();
    this.visitTime = form.getVisitTime();
    this.invitedAt = exact(now);
  }

  /** Keeps the hash of the single-use check-in token mailed to the visitor. */
  void expectWithToken(String tokenHash) {
    this.checkInTokenHash = tokenHash;
  }

  /** A walk-in: registered at the desk as they arrive, so ARRIVED at once. */
  void walkIn(Instant now) {
    walkIn = true;
    arrive(now);
  }

  /** The visitor is at the desk (check-in, or the kiosk's scan): the host is asked to approve. */
  /**
   * The visitor is here. One let in on another day than invited (early, or late at night for
   * tomorrow's first hour) is on the day they came, so today's dashboard and counts show them.
   */
  public void arrive(Instant now) {
    require(State.EXPECTED, "arrive");
    state = State.ARRIVED;
    arrivedAt = exact(now);
    expectedDate = LocalDate.ofInstant(now, centre.zone());
  }

  /** The kiosk's scan: the token is spent and the visitor arrives. */
  public void arriveWithToken(Instant now) {
    arrive(now);
    tokenUsedAt = exact(now);
  }

  public void approve(long memberId, Instant now) {
    require(State.ARRIVED, "approve");
    state = State.APPROVED;
    decidedAt = exact(now);
    decidedById = memberId;
  }

  public void decline(long memberId, Instant now) {
    require(State.ARRIVED, "decline");
    state = State.DECLINED;
    decidedAt = exact(now);
    decidedById = memberId;
  }

  /** The host approved: the front desk lets the visitor in. */
  public void checkIn(Instant now) {
    require(State.APPROVED, "checkIn");
    state = State.CHECKED_IN;
    checkedInAt = exact(now);
  }

  /** The visitor leaves; the instant is kept for good, for the building's security records. */
  public void checkOut(Instant now) {
    require(State.CHECKED_IN, "checkOut");
    state = State.CHECKED_OUT;
    checkedOutAt = exact(now);
  }

  /** Expected, and never came. */
  public void markNoShow(Instant now) {
    require(State.EXPECTED, "markNoShow");
    state = State.NO_SHOW;
    noShowAt = exact(now);
  }

  /** The booking the visitor was invited to is cancelled: no longer expected. */
  void cancel() {
    require(State.EXPECTED, "cancel");
    state = State.CANCELLED;
    checkInTokenHash = null;
  }

  /** Blanks the visitor's personal data; the row stays as an anonymous count of the day. */
  public void purge(Instant now) {
    if (purgedAt != null) {
      return;
    }
    fullName = null;
    email = null;
    phone = null;
    companyName = null;
    purpose = null;
    notes = null;
    checkInTokenHash = null;
    purgedAt = exact(now);
  }

  /** Whether the kiosk may still take this visitor's token. */
  public boolean tokenUsable() {
    return state == State.EXPECTED && tokenUsedAt == null && purgedAt == null;
  }

  private void require(State expected, String step) {
    if (state != expected) {
      throw new IllegalVisitorStepException(step, state);
    }
  }

  /** To the microsecond, as the database keeps it: what is read back is what was answered. */
  private static Instant exact(Instant now) {
    return now.truncatedTo(ChronoUnit.MICROS);
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Centre getCentre() {
    return centre;
  }

  public long getHostId() {
    return hostId;
  }

  public Long getHostCompanyId() {
    return hostCompanyId;
  }

  public String getHostName() {
    return hostName;
  }

  public AtriumPrincipal.Kind getInvitedByKind() {
    return invitedByKind;
  }

  public long getInvitedById() {
    return invitedById;
  }

  public String getInvitedByName() {
    return invitedByName;
  }

  public String getFullName() {
    return fullName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getCompanyName() {
    return companyName;
  }

  public String getPurpose() {
    return purpose;
  }

  public String getNotes() {
    return notes;
  }

  public Long getBookingId() {
    return bookingId;
  }

  void forBooking(long bookingId) {
    this.bookingId = bookingId;
  }

  /** The booking moved: a visitor still expected is expected at its new start. */
  void rescheduled(LocalDate day, LocalTime time) {
    if (state == State.EXPECTED) {
      this.expectedDate = day;
      this.visitTime = time;
    }
  }

  public LocalDate getExpectedDate() {
    return expectedDate;
  }

  public LocalTime getVisitTime() {
    return visitTime;
  }

  public boolean isWalkIn() {
    return walkIn;
  }

  public State getState() {
    return state;
  }

  public Instant getTokenUsedAt() {
    return tokenUsedAt;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Instant getArrivedAt() {
    return arrivedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getDecidedById() {
    return decidedById;
  }

  public Instant getCheckedInAt() {
    return checkedInAt;
  }

  public Instant getCheckedOutAt() {
    return checkedOutAt;
  }

  public Instant getNoShowAt() {
    return noShowAt;
  }

  public Instant getPurgedAt() {
    return purgedAt;
  }

  public boolean isPurged() {
    return purgedAt != null;
  }
}
