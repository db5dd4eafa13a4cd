package io.atrium.community.api;

import io.atrium.community.Attendance;
import io.atrium.community.CommunityEvent;
import io.atrium.community.CoverUpload;
import io.atrium.community.EventSearch;
import io.atrium.community.Events;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Community events. Members list and read the published, upcoming events of their centre and answer
 * them (RSVP); staff with events rights list, create, edit, publish and cancel their centres'
 * events, follow the attendees and check them in. Any other event answers 404.
 */
@Path("/events")
@Tag(name = "Events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

  @Inject Events events;

  @Inject Attendance attendance;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "Events by start: a member's centre's upcoming published events, or staff's searched")
  public Page<EventSummary> list(
      @Parameter(description = "DRAFT, PUBLISHED or CANCELLED (staff)") @QueryParam("state")
          String state,
      @Parameter(description = "a centre's id (staff)") @QueryParam("centre") Long centre,
      @Parameter(description = "first day, 2026-06-01 (staff)") @QueryParam("from") String from,
      @Parameter(description = "last day, inclusive (staff)") @QueryParam("to") String to,
      @BeanParam PageRequest paging) {
    var search = new EventSearch(state(state), centre, day(from, "from"), day(to, "to"));
    List<CommunityEvent> found = events.list(search, paging.offset(), paging.size());
    return paging.of(summaries(found), events.count(search));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "An event, with its seats and the calling member's answer")
  @APIResponse(responseCode = "200", description = "The event")
  @APIResponse(responseCode = "404", description = "No such event for this caller")
  public EventSummary get(@PathParam("id") long id) {
    return summaries(List.of(events.get(id))).get(0);
  }

  @POST
  @Operation(summary = "Creates a draft event (events:create)")
  @APIResponse(responseCode = "201", description = "Created; Location names the event")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "403", description = "The caller may not create events")
  public Response create(@Valid EventForm form) {
    CommunityEvent created = required(form).apply(details -> events.create(details, null));
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(summaries(List.of(created)).get(0))
        .build();
  }

  @PUT
  @Path("/{id}")
  @Operation(summary = "Replaces an event's details (events:edit); its centre stays")
  @APIResponse(responseCode = "200", description = "The event as saved")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "409", description = "The event is cancelled")
  public EventSummary update(@PathParam("id") long id, @Valid EventForm form) {
    CommunityEvent saved = required(form).apply(details -> events.update(id, details, null));
    return summaries(List.of(saved)).get(0);
  }

  @PUT
  @Path("/{id}/cover")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary =
          "Replaces the cover image (events:edit), sent as the body: its type is read from its"
              + " content, whatever Content-Type says")
  @APIResponse(responseCode = "200", description = "The event with its new cover")
  @APIResponse(responseCode = "400", description = "Not an image, empty, or over the size limit")
  public EventSummary changeCover(
      @PathParam("id") long id,
      @HeaderParam("X-File-Name") @DefaultValue("cover") String name,
      InputStream content) {
    return summaries(List.of(events.changeCover(id, new CoverUpload(name, content)))).get(0);
  }

  @GET
  @Path("/{id}/cover")
  @Produces({"image/jpeg", "image/png", "image/gif", "image/webp", MediaType.APPLICATION_JSON})
  @Operation(summary = "The cover image, for those who may see the event")
  @APIResponse(responseCode = "200", description = "The image, with its real type")
  @APIResponse(responseCode = "404", description = "No such event, or no cover")
  public Response cover(@PathParam("id") long id) {
    var cover = events.cover(id).orElseThrow(NotFoundException::new);
    return Response.ok(cover.content(), cover.contentType())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Disposition", "inline")
        .header("Cache-Control", "private, no-cache")
        .build();
  }

  @POST
  @Path("/{id}/publish")
  @Operation(summary = "Publishes a draft to the centre's members (events:edit)")
  @APIResponse(responseCode = "200", description = "The published event")
  @APIResponse(responseCode = "409", description = "Not a draft, or already over")
  public EventSummary publish(@PathParam("id") long id, @Valid PublishRequest request) {
    boolean broadcast = request != null && Boolean.TRUE.equals(request.broadcast());
    return summaries(List.of(events.publish(id, broadcast))).get(0);
  }

  @POST
  @Path("/{id}/cancel")
  @Operation(summary = "Cancels the event (events:delete); those who answered are told")
  @APIResponse(responseCode = "200", description = "The cancelled event")
  @APIResponse(responseCode = "409", description = "Already cancelled")
  public EventSummary cancel(@PathParam("id") long id) {
    return summaries(List.of(events.cancel(id))).get(0);
  }

  @POST
  @Path("/{id}/rsvp")
  @Operation(summary = "The calling member comes: a seat, or the waitlist when full")
  @APIResponse(responseCode = "200", description = "The member's answer")
  @APIResponse(responseCode = "409", description = "The event is over")
  public RsvpAnswer rsvp(@PathParam("id") long id) {
    return RsvpAnswer.of(id, attendance.rsvp(id));
  }

  @DELETE
  @Path("/{id}/rsvp")
  @Operation(summary = "The calling member no longer comes; the first waiting gets the seat")
  @APIResponse(responseCode = "200", description = "The member's answer, CANCELLED")
  @APIResponse(responseCode = "409", description = "No answer to withdraw, or already checked in")
  public RsvpAnswer withdraw(@PathParam("id") long id) {
    return RsvpAnswer.of(id, attendance.withdraw(id));
  }

  @GET
  @Path("/{id}/attendees")
  @Operation(summary = "Members going, then waiting in order (events:read)")
  public List<Attendee> attendees(@PathParam("id") long id) {
    return attendance.attendees(id).stream().map(Attendee::of).toList();
  }

  @POST
  @Path("/{id}/attendees/{member}/check-in")
  @Operation(summary = "Checks a going member in, on the event's day (events:edit)")
  @APIResponse(responseCode = "200", description = "The attendee, checked in")
  @APIResponse(responseCode = "409", description = "Not the event's day, not going, or done")
  public Attendee checkIn(@PathParam("id") long id, @PathParam("member") long member) {
    return Attendee.of(attendance.checkIn(id, member));
  }

  private List<EventSummary> summaries(List<CommunityEvent> found) {
    var seats = attendance.seats(found);
    var answers = attendance.mine(found);
    return found.stream()
        .map(e -> EventSummary.of(e, seats.get(e.getId()), answers.get(e.getId())))
        .toList();
  }

  private static EventForm required(EventForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    return form;
  }

  private static CommunityEvent.State state(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CommunityEvent.State.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw InvalidFieldsException.of("state", "event.state.invalid");
    }
  }

  private static LocalDate day(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidFieldsException.of(field, "event.date.unreadable");
    }
  }
}
