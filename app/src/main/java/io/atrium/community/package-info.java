/**
 * Community events (Communauté → Évènements clients; "Events Management" and workflow 5 of the
 * community panel): staff create networking and social events, publish them to the client space,
 * follow members' answers live for catering and seating, and check attendees in on the day.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>An event belongs to one centre and has a title, a description, a day with a start and an
 *       end time on the centre's clock (stored as UTC instants; it ends the day it starts, after it
 *       starts), a location, a capacity from 1 to 10,000 and an optional cover image.
 *   <li>The location is free text; the event may also name one of its centre's event spaces (kind
 *       EVENT_SPACE), which staff pick among those of the centre (any other space is refused).
 *   <li>Staff read events with events:read, create them with events:create, edit, publish and check
 *       in with events:edit (the document's community manager publishes), and cancel them with
 *       events:delete (cancelling ends the event for everyone, the counterpart of deleting: events
 *       are never deleted). events:approve is not used.
 *   <li>Staff limited to some centres see, count, export and open only their centres' events; any
 *       other event is "not found" (404), like another tenant's.
 *   <li>States: DRAFT → PUBLISHED → CANCELLED, and DRAFT → CANCELLED. Published events can still be
 *       edited (not moved to another centre); cancelled ones are final and never re-published, as
 *       their members were told. An event that is over cannot be created, moved into the past or
 *       published.
 *   <li>The audience of an event is the active members whose home centre is the event's: members of
 *       the companies based there (members follow their company's home centre) and on-demand users
 *       of that centre. They see its published, upcoming events in the client space and the API.
 *       Publishing can e-mail them all the invitation, each in their language.
 *   <li>Every active member of the audience may answer (RSVP): no client right is needed, as no
 *       ClientRight fits and an event is for everyone in the building. One answer per member and
 *       event: GOING while seats are left, else WAITLISTED in order of answer. Seats are counted
 *       with the event's row locked, so two answers for the last seat never both get it.
 *   <li>When a member going withdraws, or the capacity grows, the first waiting get the seats and
 *       are told by e-mail and in their bell. Capacity cannot drop below the members going.
 *   <li>Cancelling a published event tells everyone who answered (going or waiting), by e-mail and
 *       in their bell.
 *   <li>Check-in records a going member's arrival, once, on the event's day on the centre's clock.
 *   <li>Covers are images (JPEG, PNG, GIF, WebP) read by content, within the upload limit, kept by
 *       the shared file store and served only to people who may see the event, with their real type
 *       and {@code nosniff}.
 *   <li>Creating, editing, publishing, cancelling and checking in are recorded in the audit log;
 *       the attendee lists staff have open are refreshed after each commit that changes answers.
 * </ol>
 *
 * <p>Entities: {@link io.atrium.community.CommunityEvent} (DRAFT → PUBLISHED → CANCELLED), {@link
 * io.atrium.community.Rsvp} (GOING ↔ WAITLISTED → CANCELLED → GOING | WAITLISTED).
 *
 * <p>Words: Évènement client / communautaire → {@code CommunityEvent}; titre → title; lieu →
 * location; participants → capacity and attendees; visuel → cover; publier → publish; annuler →
 * cancel; inscription / réponse → RSVP ({@code Rsvp}); liste d'attente → waitlist; pointage →
 * check-in.
 *
 * <p>May call: shared, tenancy, identity, directory (members), notifications, audit, spaces.
 */
package io.atrium.community;
