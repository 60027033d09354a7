package com.example.app.application.order.port.out;

/** Breaks outPortsAreInterfaces: an out-port that is a class with its own behaviour. */
public class OrderNumbers {

    private long last;

    public long next() {
        return ++last;
    }
}
