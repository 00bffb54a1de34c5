package dev.admincvq.model;

/**
 * A progress report TLC gives during a long check.
 *
 * @param depth the current search depth
 * @param generated states generated so far
 * @param distinct distinct states found so far
 * @param queue states waiting to be explored
 */
public record Progress(int depth, long generated, long distinct, long queue) {}
