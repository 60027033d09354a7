package archfixtures.printing.domain.shared;

/** Violation: the domain prints. */
public final class Printer {
    public void show(String text) {
        System.out.println(text);
    }
}
