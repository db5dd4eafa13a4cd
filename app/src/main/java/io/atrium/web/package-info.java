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
 *   <li>A page is drawn in one read transaction ({@code RenderTransaction}); actions run before it,
 *       each command in its own transaction. Nothing that writes is called while drawing.
 * </ol>
 *
 * <p>May call: every capability (the shell's menu, home and client space draw on all of them). No
 * capability calls the shell: the helpers its pages share live in {@code io.atrium.shared.web}.
 */
package io.atrium.web;
