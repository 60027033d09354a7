package se.coompanion.sesi.domain.implementation;

import java.util.Objects;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * An aim of the implementation project, numbered 1, 2, 3 ... in the order written (a new aim gets one more than the
 * highest number, so removing one leaves the others' numbers as they were), with
 * what it rests on. An aim the pre-study's evidence does not support is allowed while the team writes, and the check
 * names it.
 *
 * @param number its number
 * @param text   the aim
 * @param grounds the recommendations and evidence it rests on
 */
public record Aim(int number, String text, Grounds grounds) {

    public static final int MAX_TEXT = 2000;

    public Aim {
        if (number < 1) {
            throw new IllegalArgumentException("aims are numbered from 1: " + number);
        }
        text = TextField.required(Message.of(Aim.class, "aim.text"), text, MAX_TEXT);
        Objects.requireNonNull(grounds, "grounds");
    }
}
