package com.example.app.common;

/** Breaks everyClassIsInTheLayout: a package the layout does not declare, which no other rule would look at. */
public final class Texts {

    private Texts() {
    }

    public static String trimmed(String text) {
        return text.strip();
    }
}
