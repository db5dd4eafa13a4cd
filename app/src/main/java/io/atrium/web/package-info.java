/**
 * The web shell shared by every page: layout, side menu of the product's modules, language switch,
 * security headers, error pages.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Every page has one backing bean whose package mirrors the page path.
 *   <li>The language is the browser's until the user picks one; the pick is kept in a cookie (later
 *       in the profile).
 *   <li>No page ever shows a stack trace: errors go to the error pages of web.xml, ajax errors too
 *       (OmniFaces FullAjaxExceptionHandler).
 *   <li>Every page looks the same way (app/DESIGN.md): colours only through the design tokens of
 *       atrium.css, which the page head sets from the signed-in tenant's colour through {@code
 *       design.Palette} (text on the primary at least 4.5:1, links 4.5:1, focus ring 3:1 by the
 *       WCAG formula); three button kinds; one back link ({@code a:back}); the actions bar at the
 *       bottom right of every form, primary first; a skip link first in every layout.
 *   <li>Headers show the signed-in tenant's logo and name; "Atrium" only where there is no tenant.
 * </ol>
 *
 * <p>May call: every capability (the shell's menu, home and client space draw on all of them). No
 * capability calls the shell: the helpers its pages share live in {@code io.atrium.shared.web}.
 */
package io.atrium.web;
