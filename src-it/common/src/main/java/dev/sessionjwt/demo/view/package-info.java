/**
 * What the demo's pages share, in both the demo and the reader WAR: the HTML frame with its stylesheet, escaping,
 * and readable times. Plain strings, no template engine, no front-end build.
 */
package dev.sessionjwt.demo.view;
