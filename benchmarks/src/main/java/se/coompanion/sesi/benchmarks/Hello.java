package se.coompanion.sesi.benchmarks;

/** The bare JVM of the start benchmark: prints "hello" and exits. */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
