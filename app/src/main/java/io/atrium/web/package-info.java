/**
 * The web shell shared by every page: layout, side menu of the product's modules, language switch,
 * security headers, error pages.
 *
 * <p>Rules:
 *
 * <ol>
 *   <li>Every page has one backing bean whose package mirrors the page path.
 *   <li>A page's language is the one the user picked with the switch (a cookie), else their
 *       profile's, else their tenant's default, else the browser's, else English ({@code
 *       UserLocale}); its dates and numbers are written by {@code #{fmt}}, the request's {@link
 *       io.atrium.shared.format.Formats} for that language and the tenant's country.
 *   <li>No page ever shows a stack trace: errors go to the error pages of web.xml, ajax errors too
 *       (OmniFaces FullAjaxExceptionHandler).
 * </ol>
 *
 * <p>May call: every capability (the shell's menu, home and client space draw on all of them). No
 * capability calls the shell: the helpers its pages share live in {@code io.atrium.shared.web}.
 */
package io.atrium.web;
