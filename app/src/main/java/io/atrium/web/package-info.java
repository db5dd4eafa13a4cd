/**
 * The web shell shared by every page: layout, side menu of the product's built modules, language
 * switch, security headers, error pages, and the staff's operations home, made of the tiles the
 * capabilities contribute ({@link io.atrium.shared.web.HomeTile}), live through the tenant's {@code
 * home} socket.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Every page has one backing bean whose package mirrors the page path.
 *   <li>The language is the browser's until the user picks one; the pick is kept in a cookie (later
 *       in the profile).
 *   <li>No page ever shows a stack trace: errors go to the error pages of web.xml, ajax errors too
 *       (OmniFaces FullAjaxExceptionHandler).
 * </ol>
 *
 * <p>May call: every capability (the shell's menu, home and client space draw on all of them). No
 * capability calls the shell: the helpers its pages share live in {@code io.atrium.shared.web}.
 */
package io.atrium.web;
