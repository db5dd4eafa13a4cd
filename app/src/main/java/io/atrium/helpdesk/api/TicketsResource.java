package io.atrium.helpdesk.api;

import io.atrium.helpdesk.AttachmentHeaders;
import io.atrium.helpdesk.SupportSettings;
import io.atrium.helpdesk.Ticket;
import io.atrium.helpdesk.TicketAttachment;
import io.atrium.helpdesk.TicketFiles;
import io.atrium.helpdesk.TicketIntake;
import io.atrium.helpdesk.TicketSearch;
import io.atrium.helpdesk.TicketStatus;
import io.atrium.helpdesk.TicketType;
import io.atrium.helpdesk.TicketWork;
import io.atrium.helpdesk.Tickets;
import io.atrium.helpdesk.Upload;
import io.atrium.identity.Caller;
import io.atrium.shared.InvalidFieldsException;
import io.atrium.shared.NotFoundException;
import io.atrium.shared.api.Page;
import io.atrium.shared.api.PageRequest;
import io.atrium.shared.api.Problems;
import io.atrium.shared.api.QueryFlags;
import io.atrium.shared.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Support tickets. Members raise and follow theirs (client right INCIDENTS; a company Administrator
 * also sees the company's); staff see their centres' (tickets:read), raise them (tickets:create)
 * and work on them (tickets:edit). Any other id answers 404, like an absent one.
 */
@Path("/tickets")
@Tag(name = "Tickets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

  @Inject Tickets tickets;

  @Inject TicketIntake intake;

  @Inject TicketWork work;

  @Inject TicketFiles files;

  @Inject SupportSettings settings;

  @Inject Caller caller;

  @Context UriInfo uri;

  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "Tickets the caller may see, newest first, filtered, a page at a time")
  public Page<TicketSummary> list(
      @Parameter(description = "a centre's id") @QueryParam("centre") Long centre,
      @Parameter(description = "a type of GET /api/tickets/types") @QueryParam("type") String type,
      @Parameter(description = "NEW, IN_PROGRESS, SOLVED or CLOSED") @QueryParam("status")
          String status,
      @Parameter(description = "the assignee's staff id") @QueryParam("assignee") Long assignee,
      @Parameter(description = "true: escalated only; false: not escalated")
          @QueryParam("escalated")
          String escalated,
      @Parameter(description = "created more than this many days ago") @QueryParam("olderThanDays")
          Integer olderThanDays,
      @Parameter(description = "true: open tickets past an SLA due time") @QueryParam("overdue")
          String overdue,
      @BeanParam PageRequest paging) {
    var search =
        new TicketSearch(
            centre,
            TicketForm.parse(TicketType.class, type, "type", "ticket.type.invalid"),
            TicketForm.parse(TicketStatus.class, status, "status", "ticket.status.invalid"),
            assignee,
            QueryFlags.flag("escalated", escalated),
            olderThanDays == null ? null : Math.max(olderThanDays, 0),
            QueryFlags.flag("overdue", overdue, false));
    Instant now = Instant.now();
    List<TicketSummary> items =
        tickets.list(search, paging.offset(), paging.size()).stream()
            .map(t -> TicketSummary.of(t, now))
            .toList();
    return paging.of(items, tickets.count(search));
  }

  @GET
  @Path("/types")
  @Operation(
      summary = "The thirteen ticket types with their descriptions, in the caller's language")
  public List<TicketTypeInfo> types() {
    ResourceBundle texts = Texts.bundle(Problems.locale(headers.getAcceptableLanguages()));
    return Arrays.stream(TicketType.values())
        .map(
            t ->
                new TicketTypeInfo(
                    t.name(), texts.getString(t.getLabelKey()), texts.getString(t.getHelpKey())))
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "A ticket with its comments, attachments and activity")
  @APIResponse(responseCode = "200", description = "The ticket")
  @APIResponse(responseCode = "404", description = "No such ticket for this caller")
  public TicketDetails get(@PathParam("id") long id) {
    return details(tickets.get(id));
  }

  @POST
  @Operation(summary = "Raises a ticket; attach photos and videos with the attachments endpoint")
  @APIResponse(responseCode = "201", description = "Created; Location names the ticket")
  @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
  @APIResponse(responseCode = "403", description = "The caller may not raise tickets")
  public Response create(@Valid TicketForm form) {
    if (form == null) {
      throw new BadRequestException();
    }
    Ticket created = intake.create(form.toNewTicket(), List.of());
    return Response.created(uri.getAbsolutePathBuilder().path("{id}").build(created.getId()))
        .entity(details(created))
        .build();
  }

  @POST
  @Path("/{id}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      summary = "Attaches one photo or video: the request body is the file itself",
      description =
          "Send the file's bytes as the body (any Content-Type: the kind is read from the content;"
              + " JPEG, PNG, GIF, WebP, MP4, MOV or WebM), its name in ?name=. Larger than"
              + " UPLOAD_MAX_MB, empty or of another kind: 400 with errors.attachments, nothing kept.")
  @RequestBody(description = "the file's bytes")
  @APIResponse(responseCode = "201", description = "The ticket with the new attachment")
  @APIResponse(responseCode = "400", description = "The file was refused")
  @APIResponse(responseCode = "404", description = "No such ticket for this caller")
  public Response attach(
      @PathParam("id") long id,
      @Parameter(description = "the file's name, shown to people") @QueryParam("name") String name,
      InputStream body) {
    if (body == null) {
      throw InvalidFieldsException.of(TicketFiles.FIELD, "file.rejected.empty");
    }
    work.attach(id, List.of(new Upload(name, body)));
    return Response.status(Response.Status.CREATED).entity(details(tickets.get(id))).build();
  }

  @GET
  @Path("/{id}/attachments/{attachment}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "An attachment's content, for people who may see the ticket")
  @APIResponse(responseCode = "200", description = "The file, typed by its content")
  @APIResponse(responseCode = "404", description = "No such attachment for this caller")
  public Response download(@PathParam("id") long id, @PathParam("attachment") long attachment) {
    TicketAttachment file = files.get(attachment);
    if (file.getTicket().getId() != id) {
      throw new NotFoundException();
    }
    StreamingOutput content =
        out -> {
          try (InputStream in = files.open(file)) {
            in.transferTo(out);
          } catch (IOException e) {
            throw new NotFoundException();
          }
        };
    Response.ResponseBuilder response =
        Response.ok(content, AttachmentHeaders.contentType(file))
            .header("Content-Disposition", AttachmentHeaders.contentDisposition(file))
            .header("Content-Length", file.getSizeBytes());
    for (String[] header : AttachmentHeaders.FIXED) {
      response.header(header[0], header[1]);
    }
    return response.build();
  }

  @POST
  @Path("/{id}/comments")
  @Operation(summary = "Comments on the ticket; staff may write an internal note instead")
  @APIResponse(responseCode = "201", description = "The ticket with the new comment")
  @APIResponse(responseCode = "400", description = "An empty or too long comment")
  @APIResponse(responseCode = "409", description = "The ticket is closed")
  public Response comment(@PathParam("id") long id, @Valid CommentForm form) {
    work.comment(id, form == null ? null : form.body(), form != null && form.internal(), List.of());
    return Response.status(Response.Status.CREATED).entity(details(tickets.get(id))).build();
  }

  @POST
  @Path("/{id}/reopen")
  @Operation(summary = "Reopens a solved ticket within the reopen window (requester or staff)")
  @APIResponse(responseCode = "200", description = "The ticket, in progress again")
  @APIResponse(responseCode = "409", description = "Not solved, or the window has ended")
  public TicketDetails reopen(@PathParam("id") long id) {
    return details(work.reopen(id));
  }

  @POST
  @Path("/{id}/assignment")
  @Operation(
      summary = "Gives the ticket to a staff member of its centre (a new one goes in progress)")
  @APIResponse(responseCode = "200", description = "The ticket")
  @APIResponse(responseCode = "400", description = "That person may not be given the ticket")
  @APIResponse(responseCode = "403", description = "The caller may not work on tickets")
  public TicketDetails assign(@PathParam("id") long id, @Valid AssignmentForm form) {
    if (form == null || form.assigneeId() == null) {
      tickets.get(id);
      throw InvalidFieldsException.of("assigneeId", "ticket.assignee.invalid");
    }
    return details(work.assign(id, form.assigneeId()));
  }

  @POST
  @Path("/{id}/status")
  @Operation(summary = "Moves the ticket to one of its allowedStatuses")
  @APIResponse(responseCode = "200", description = "The ticket")
  @APIResponse(responseCode = "409", description = "A move its life cycle does not allow")
  public TicketDetails status(@PathParam("id") long id, @Valid StatusChange change) {
    TicketStatus target =
        TicketForm.parse(
            TicketStatus.class,
            change == null ? null : change.status(),
            "status",
            "ticket.status.invalid");
    if (target == null) {
      tickets.get(id);
      throw InvalidFieldsException.of("status", "ticket.status.invalid");
    }
    return details(work.changeStatus(id, target));
  }

  @POST
  @Path("/{id}/escalation")
  @Operation(summary = "Escalates the ticket one level (at most 3)")
  @APIResponse(responseCode = "200", description = "The ticket")
  public TicketDetails escalate(@PathParam("id") long id) {
    return details(work.escalate(id));
  }

  @DELETE
  @Path("/{id}/escalation")
  @Operation(summary = "Lowers the ticket's escalation one level")
  @APIResponse(responseCode = "200", description = "The ticket")
  public TicketDetails deescalate(@PathParam("id") long id) {
    return details(work.deescalate(id));
  }

  private TicketDetails details(Ticket ticket) {
    Instant now = Instant.now();
    long id = ticket.getId();
    return TicketDetails.of(
        ticket,
        now,
        caller.can("tickets:edit"),
        ticket.reopenable(now, settings.reopenDays()),
        tickets.comments(id),
        tickets.attachments(id),
        tickets.activity(id));
  }
}
