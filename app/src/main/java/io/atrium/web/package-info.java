/**
 * The web shell shared by every page: layout, side menu of the product's built modules, language
 * switch, security headers, error pages, and the staff's operations home, made of the tiles the
 * capabilities contribute ({@link io.atrium.shared.web.HomeTile}), live through the tenant's {@code
 * home} socket.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Every page has one backing bean whose package mirrors the page path, but for the client
 *       space's pages (all under {@code portal/}, backed from {@code <capability>.web.portal}) and
 *       the sign-in pages (at the root, backed from {@code signin.web}).
 *   <li>A page's language is the one the user picked with the switch (a cookie), else their
 *       profile's, else their tenant's default, else the browser's, else English ({@code
 *       UserLocale}); its dates and numbers are written by {@code #{fmt}}, the request's {@link
 *       io.atrium.shared.format.Formats} for that language and the tenant's country.
 *   <li>No page ever shows a stack trace: errors go to the error pages of web.xml, ajax errors too
 *       (OmniFaces FullAjaxExceptionHandler).
 *   <li>Every page looks the same way (app/DESIGN.md): colours only through the design tokens of
 *       atrium.css, which the page head sets from the signed-in tenant's colour through {@code
 *       design.Palette} (text on the primary at least 4.5:1, links 4.5:1, focus ring 3:1 by the
 *       WCAG formula); three button kinds; one back link ({@code a:back}); the actions bar at the
 *       bottom right of every form, primary first; a skip link first in every layout.
 *   <li>Headers show the signed-in tenant's logo and name; "Atrium" only where there is no tenant.
 *   <li>A page is drawn in one read transaction ({@code RenderTransaction}); actions run before it,
 *       each command in its own transaction. Nothing that writes is called while drawing. A page
 *       opened by GET (a staff or member page, not an open one) is one transaction from the check
 *       of the caller's rights ({@code signin.LapsedSessions}) through its view action to its
 *       drawing, so view actions only read too.
 * </ol>
 *
 * <p>The client space's pages belong to their capabilities ({@code helpdesk.web.portal}, {@code
 * reception.web.portal}, {@code community.web.portal}, {@code directory.web.portal}) and the
 * sign-in pages to {@code signin.web}; the shell keeps only the portal home, which draws on them
 * all.
 *
 * <p>May call: every capability (the shell's menu, home and client space draw on all of them). No
 * capability calls the shell: the helpers its pages share live in {@code io.atrium.shared.web}.
 */
package io.atrium.web;
