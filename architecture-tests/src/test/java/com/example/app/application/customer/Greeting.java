package com.example.app.application.customer;

/** Breaks the convention "the core uses no standard stream": the application writes to stderr. */
public final class Greeting {

    private Greeting() {
    }

    public static void greet(String name) {
        System.err.println("Welcome " + name);
    }
}
