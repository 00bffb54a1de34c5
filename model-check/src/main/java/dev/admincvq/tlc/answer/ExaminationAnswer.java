package dev.admincvq.tlc.answer;

import java.util.Optional;

/**
 * A run that checked a model and then gave its state graph.
 *
 * @param run TLC's check
 * @param graph the graph; empty when TLC could not set the model up
 */
public record ExaminationAnswer(RunAnswer run, Optional<GraphAnswer> graph) {}
