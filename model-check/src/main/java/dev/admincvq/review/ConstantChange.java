package dev.admincvq.review;

import java.util.Optional;

/**
 * A constant whose binding differs between the sides' configurations of one model, as written
 * ({@code MaxInc = 2}; {@code CmdId <- MCCmdId}, followed by the definition it names).
 *
 * @param name the constant
 * @param base BASE's binding, if any
 * @param head HEAD's binding, if any
 */
public record ConstantChange(String name, Optional<String> base, Optional<String> head) {}
