/**
 * Live pushes on every server: a page open on server B hears of a change committed on server A.
 *
 * <p>Why PostgreSQL LISTEN/NOTIFY and not a Hazelcast topic: the application cannot reach the
 * Hazelcast instance Liberty's session cache embeds (measured: {@code
 * Hazelcast.getAllHazelcastInstances()} is empty inside the app), so a topic would mean a second
 * member or a client in every server, with its memory and start-up cost; every server already talks
 * to the one database, and NOTIFY needs nothing new but one connection per server.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>A capability's push bean is a {@link io.atrium.shared.push.LiveChannel} (one OmniFaces
 *       socket channel) and, after the commit, calls {@link
 *       io.atrium.shared.push.LivePushes#publish} with a {@link io.atrium.shared.push.LivePush}:
 *       the channel, the tenant and a target (an id, or a kind and an id), never the changed data.
 *       Pages re-read through their own session what they show.
 *   <li>The pages of the publishing server are told at once, directly; the others through one
 *       {@code NOTIFY atrium_push} sent after the commit from a pooled connection. Each server
 *       drops its own notifications (they carry its random server id), so a page is told once.
 *       Measured here (2 shared cores, under a build's load), NOTIFY to the listener took 2.3 ms at
 *       the median, 13 ms at p95, 92 ms at worst over 200 round trips: well within the 2 s a page
 *       on another server may take, but a cost the direct path spares this server's pages.
 *   <li>Each server listens on one connection of its own, outside the pool ({@code
 *       application_name} {@code atrium-push-listener}, the data source's host, database and role),
 *       on a managed thread. Lost, it reconnects after 0.2 s, then twice as long each time up to 15
 *       s; notifications sent meanwhile are lost, so on every (re)connection all the server's open
 *       live pages are told to re-read.
 *   <li>A notification is trusted for nothing: anything but {@code 1|server|channel|tenant|target}
 *       within 8000 bytes, an unknown channel or a target its channel does not accept is dropped
 *       with one warning line, and the listener goes on. The socket user a push reaches is always
 *       built from its tenant, so one tenant's push never reaches another tenant's pages.
 *   <li>Off unless {@code CLUSTER_EVENTS=true}, or {@code CLUSTER=on} and {@code CLUSTER_EVENTS} is
 *       not {@code false}: then nothing is sent, no connection listens and no socket is tracked,
 *       and pushes reach this server's pages exactly as before. The integration-test server runs
 *       with it on, so every live page test goes through it.
 *   <li>Nothing else is kept across requests in one server's memory that another server could
 *       change: see the rule on caches in {@code io.atrium.shared}.
 * </ol>
 */
package io.atrium.shared.push;
