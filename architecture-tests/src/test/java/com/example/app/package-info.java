/**
 * A small foreign project for the architecture rules: an order service with a web adapter on the JDK's HTTP server
 * and an in-memory persistence adapter, laid out as ports and adapters under another root than SESI's. It has no
 * command line, no database and no jOOQ.
 *
 * <p>The classes whose Javadoc begins with "Breaks" are deliberate violations, each listed in the tests'
 * {@code ForeignViolation}; the project without them (the clean variant) passes every rule, and the clean variant
 * with one violation added fails exactly the rules that violation breaks.
 */
package com.example.app;
