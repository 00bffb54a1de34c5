/**
 * Spec change review: the models of two revisions of the spec checked side by side, with the
 * difference in verdicts (property by property), in reachable states and in behaviours (the
 * shortest behaviour one side allows and the other does not), and the report in Markdown, JSON or
 * HTML.
 */
package dev.admincvq.review;
